using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Ratings;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Alliance;

public sealed class RatingFormTests
{
    [Fact]
    public async Task ClinicianRating_IsSavedOnce_AndAnIncompleteOneSavesNothing()
    {
        await using var server = await AppServer.StartAsync();
        var sessionId = await AttendedSessionWithoutClinicianRatingAsync(server);
        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);
        var path = $"sessions/{sessionId}/clinician-rating";

        var incomplete = Answers(5, 3);
        using var refused = await client.SubmitAsync(path, incomplete);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("role=\"alert\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await ClinicianRatingAsync(server, sessionId));

        using var saved = await client.SubmitAsync(path, Answers(6, 3));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rating = await ClinicianRatingAsync(server, sessionId);
        Assert.Equal([3, 3, 3, 3, 3, 3], rating!.ItemScores);
        Assert.Equal("paincare-checkin-clinician", rating.InstrumentId);

        using var again = await client.GetAsync(path);
        Assert.Contains("You have already rated this session.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Answers(int count, int value) =>
        Enumerable.Range(0, count).ToDictionary(i => $"Form.Answers[{i}]", _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<Guid> AttendedSessionWithoutClinicianRatingAsync(AppServer server)
    {
        await using var db = server.Database.CreateContext();
        var sessionId = await db.Sessions
            .Where(s => s.Patient.Identity.GivenName == "Jarrah" && s.Attendance == Domain.Sessions.Attendance.Attended)
            .OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync();
        await db.AllianceRatings.Where(r => r.SessionId == sessionId && r.Rater == RaterRole.Clinician).ExecuteDeleteAsync();
        return sessionId;
    }

    private static async Task<AllianceRating?> ClinicianRatingAsync(AppServer server, Guid sessionId)
    {
        await using var db = server.Database.CreateContext();
        return await db.AllianceRatings.AsNoTracking().SingleOrDefaultAsync(r => r.SessionId == sessionId && r.Rater == RaterRole.Clinician);
    }
}
