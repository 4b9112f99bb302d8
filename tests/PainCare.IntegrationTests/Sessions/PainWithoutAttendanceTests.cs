using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Alliance;
using PainCare.Domain.Sessions;
using PainCare.IntegrationTests.Narratives;
using PainCare.Testing;
using PainCare.Web.Features.Alliance;

namespace PainCare.IntegrationTests.Sessions;

public sealed class PainWithoutAttendanceTests
{
    [Fact]
    public async Task TheTrend_PlotsNoPainForACancelledOrMissedSession_EvenIfOneWasStored()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        Guid patientId;
        await using (var db = clinic.Database.CreateContext())
        {
            patientId = await db.Patients.Where(p => p.ClinicianId == clinic.Sam).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var first = await db.Sessions.Where(s => s.PatientId == patientId).MinAsync(s => s.StartsAt);
            // Written before the rule existed: a cancelled session holding pain 8 → 2.
            db.Sessions.Add(new Session { Id = Guid.CreateVersion7(), PatientId = patientId, ClinicianId = clinic.Sam, StartsAt = first.AddDays(-7), DurationMinutes = 45, Attendance = Attendance.Cancelled, PainBefore = 8, PainAfter = 2 });
            await db.SaveChangesAsync();
        }

        var trend = await new AllianceTrendService(clinic.Contexts, new AllianceAnalyser(InstrumentCatalogue.LoadDefaults()), PainCare.Web.Features.Audit.NoAuditTrail.Instance).GetAsync(clinic.Sam, patientId);

        var cancelled = trend!.Points[0];
        Assert.Equal(Attendance.Cancelled, cancelled.Attendance);
        Assert.Null(cancelled.Pain);
        Assert.All(trend.Points.Where(p => p.Attendance != Attendance.Attended), p => Assert.Null(p.Pain));
    }

    [Theory]
    [InlineData("Attended", "6.5", "Pain before must be a whole number from 0 to 10")]
    [InlineData("Cancelled", "8", "Pain scores are only recorded for a session the patient attended")]
    [InlineData("DidNotAttend", "8", "Pain scores are only recorded for a session the patient attended")]
    public async Task TheSessionForm_RefusesPainThatCannotStand_WithAMessage_AndSavesNothing(string attendance, string pain, string message)
    {
        await using var server = await AppServer.StartAsync();
        Guid patientId;
        int before;
        await using (var db = server.Database.CreateContext())
        {
            patientId = await db.Patients.Where(p => p.Identity.GivenName == "Leonie").Select(p => p.Id).SingleAsync();
            before = await db.Sessions.CountAsync();
        }

        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);
        using var response = await client.SubmitAsync($"patients/{patientId}/sessions/new", new Dictionary<string, string>
        {
            ["Input.Date"] = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.StartTime"] = "10:00",
            ["Input.DurationMinutes"] = "45",
            ["Input.Attendance"] = attendance,
            ["Input.PainBefore"] = pain,
            ["Input.PainAfter"] = "2",
            ["Input.Narrative"] = "She rang to cancel.",
        });

        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var after = server.Database.CreateContext();
        Assert.Equal(before, await after.Sessions.CountAsync());
        Assert.False(await after.NarrativeNotes.AnyAsync(n => n.Text == "She rang to cancel."));
    }
}
