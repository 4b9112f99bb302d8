using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Account;

/// <summary>Issue 18, finding 11: a session ends at once, on every copy of its cookie, and its idle clock survives a restart.</summary>
public sealed class SessionRevocationTests
{
    private const string Clinician = "priya.nair@paincare.test";

    [Fact]
    public async Task SignedOutCookie_IsRefusedOnTheVeryNextRequest()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync(Clinician, AppServer.DemoPassword);
        var copy = CopyOf(client.Cookies);
        using var otherTab = new FormClient(server.BaseAddress, copy);
        using var before = await otherTab.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var signedOut = await client.SubmitAsync("caseload", new Dictionary<string, string>(), formAction: "account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var after = await otherTab.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionsEndedByAnAdministrator_AreRefusedOnTheVeryNextRequest()
    {
        await using var server = await AppServer.StartAsync();
        using var clinician = new FormClient(server.BaseAddress);
        await clinician.SignInAsync(Clinician, AppServer.DemoPassword);
        using var admin = new FormClient(server.BaseAddress);
        await admin.SignInAsync("admin@paincare.test", AppServer.DemoPassword);
        var userId = await UserIdAsync(server, Clinician);

        using var ended = await admin.SubmitAsync("admin/users", new Dictionary<string, string>(), formName: $"end-{userId}");
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);

        using var after = await clinician.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdleExpiredCookie_StaysExpired_AfterAnAppRestart()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__IdleTimeoutMinutes"] = "0.1" });
        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync(Clinician, AppServer.DemoPassword);
        using var active = await client.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        var lastUse = DateTimeOffset.UtcNow;

        await server.RestartAsync();
        // The idle timeout is 6 s, room for the sign-in and first page on a busy machine; the wait covers a fast restart.
        var remaining = TimeSpan.FromSeconds(7) - (DateTimeOffset.UtcNow - lastUse);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }

        using var after = await client.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/sign-in?ended=1&ReturnUrl=%2Fcaseload", after.Headers.Location?.OriginalString);
    }

    internal static CookieContainer CopyOf(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in cookies.GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return copy;
    }

    internal static async Task<string> UserIdAsync(AppServer server, string email)
    {
        await using var db = server.Database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
