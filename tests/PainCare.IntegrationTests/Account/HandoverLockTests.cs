using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Sessions;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Account;

/// <summary>Issue 18, findings 2 and 10: the hand-over lock is the server's, and the patient cannot lock the clinician out.</summary>
public sealed class HandoverLockTests
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task HandedOverSession_StaysLocked_WhenTheBrowserDropsEveryCookieButTheSignIn()
    {
        await using var server = await AppServer.StartAsync();
        var (sessionId, patientId) = await UnratedSessionAsync(server);
        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync(Clinician, AppServer.DemoPassword);
        using var handedOver = await client.SubmitAsync($"sessions/{sessionId}/handover", new Dictionary<string, string>());
        Assert.EndsWith("handover/rate", handedOver.Headers.Location?.ToString(), StringComparison.Ordinal);

        // Only the sign-in cookie is carried over, as an attacker deleting the others would leave it.
        var signInOnly = new CookieContainer();
        signInOnly.Add(client.Cookies.GetAllCookies().Where(c => c.Name == "PainCare.Auth").Single());
        using var stripped = new FormClient(server.BaseAddress, signInOnly);
        foreach (var path in new[] { $"patients/{patientId}", "search?q=pain", "caseload", "account/sign-in", $"patients/{patientId}/alliance/ratings.csv" })
        {
            using var response = await stripped.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/handover/rate", PathOf(response));
        }
    }

    [Fact]
    public async Task WrongUnlockPasswords_EndTheHandedOverSession_WithoutLockingTheClinicianOut()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__Handover__MaxUnlockAttempts"] = "5" });
        var (sessionId, _) = await UnratedSessionAsync(server);
        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync(Clinician, AppServer.DemoPassword);
        using var handedOver = await client.SubmitAsync($"sessions/{sessionId}/handover", new Dictionary<string, string>());

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await client.SubmitAsync("handover/locked", new Dictionary<string, string> { ["Unlock.Password"] = $"a-patient-guess-{attempt}" });
            Assert.Contains("That password did not unlock the device.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await client.SubmitAsync("handover/locked", new Dictionary<string, string> { ["Unlock.Password"] = "a-patient-guess-5" });
        Assert.Equal(HttpStatusCode.Redirect, fifth.StatusCode);
        Assert.StartsWith("/account/sign-in", PathOf(fifth), StringComparison.Ordinal);
        using var after = await client.GetAsync("handover/locked");
        Assert.StartsWith("/account/sign-in", PathOf(after), StringComparison.Ordinal);

        await using (var db = server.Database.CreateContext())
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Clinician);
            Assert.Equal(0, user.AccessFailedCount);
            Assert.Null(user.LockoutEnd);
        }

        using var again = new FormClient(server.BaseAddress);
        using var signedIn = await again.SignInAsync(Clinician, AppServer.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var caseload = await again.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
    }

    [Fact]
    public async Task RightUnlockPassword_ReleasesTheSessionInEveryTab()
    {
        await using var server = await AppServer.StartAsync();
        var (sessionId, patientId) = await UnratedSessionAsync(server);
        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync(Clinician, AppServer.DemoPassword);
        using var handedOver = await client.SubmitAsync($"sessions/{sessionId}/handover", new Dictionary<string, string>());
        using var otherTab = new FormClient(server.BaseAddress, client.Cookies);
        using var locked = await otherTab.GetAsync($"patients/{patientId}");
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);

        using var unlocked = await client.SubmitAsync("handover/locked", new Dictionary<string, string> { ["Unlock.Password"] = AppServer.DemoPassword });

        Assert.Equal($"/sessions/{sessionId}", PathOf(unlocked));
        using var open = await otherTab.GetAsync($"patients/{patientId}");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    /// <summary>Where a redirect goes, whether the app wrote it relative (middleware) or absolute (a page's navigation).</summary>
    internal static string? PathOf(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString;

    internal static async Task<(Guid Session, Guid Patient)> UnratedSessionAsync(AppServer server)
    {
        await using var db = server.Database.CreateContext();
        var clinicianId = await db.Users.Where(u => u.Email == Clinician).Select(u => u.Id).SingleAsync();
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Patient.ClinicianId == clinicianId && s.Attendance == Attendance.Attended)
            .OrderByDescending(s => s.StartsAt)
            .Select(s => new { s.Id, s.PatientId })
            .FirstAsync();
        await db.AllianceRatings.Where(r => r.SessionId == session.Id).ExecuteDeleteAsync();
        return (session.Id, session.PatientId);
    }
}
