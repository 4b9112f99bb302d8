using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Narratives;

public sealed class SessionFormTests
{
    [Fact]
    public async Task FutureDates_InvalidPainScores_AndUnknownAttendance_AreRefusedInline_AndNothingIsSaved()
    {
        await using var server = await AppServer.StartAsync();
        Guid patientId;
        int sessionsBefore;
        await using (var db = server.Database.CreateContext())
        {
            patientId = await db.Patients.Where(p => p.Identity.GivenName == "Leonie").Select(p => p.Id).SingleAsync();
            sessionsBefore = await db.Sessions.CountAsync();
        }

        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);
        var path = $"patients/{patientId}/sessions/new";

        using var future = await client.SubmitAsync(path, Session(DateTime.UtcNow.AddDays(3), pain: "5"));
        using var painful = await client.SubmitAsync(path, Session(DateTime.UtcNow.AddDays(-1), pain: "11"));
        using var negative = await client.SubmitAsync(path, Session(DateTime.UtcNow.AddDays(-1), pain: "-1"));
        var unknownAttendance = Session(DateTime.UtcNow.AddDays(-1), pain: "5");
        unknownAttendance["Input.Attendance"] = "7";
        using var attendance = await client.SubmitAsync(path, unknownAttendance);

        Assert.Contains("cannot be recorded for a date after today", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("whole number from 0 to 10", await painful.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("whole number from 0 to 10", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Choose whether the patient attended", await attendance.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(new[] { future, painful, negative, attendance }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var after = server.Database.CreateContext();
        Assert.Equal(sessionsBefore, await after.Sessions.CountAsync());
    }

    [Fact]
    public async Task AnotherCliniciansSessionOrPatient_IsNotFound()
    {
        await using var server = await AppServer.StartAsync();
        Guid priyasSession, priyasPatient;
        await using (var db = server.Database.CreateContext())
        {
            var priya = await db.Users.Where(u => u.Email == "priya.nair@paincare.test").Select(u => u.Id).SingleAsync();
            priyasSession = await db.Sessions.Where(s => s.Patient.ClinicianId == priya).Select(s => s.Id).FirstAsync();
            priyasPatient = await db.Patients.Where(p => p.ClinicianId == priya).Select(p => p.Id).FirstAsync();
        }

        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);

        foreach (var path in new[] { $"sessions/{priyasSession}", $"sessions/{priyasSession}/history", $"patients/{priyasPatient}", $"patients/{priyasPatient}/alliance", $"patients/{priyasPatient}/edit" })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("Priya", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Session(DateTime date, string pain) => new()
    {
        ["Input.Date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.StartTime"] = "10:00",
        ["Input.DurationMinutes"] = "45",
        ["Input.Attendance"] = "Attended",
        ["Input.PainBefore"] = pain,
        ["Input.Narrative"] = "A short narrative.",
    };
}
