using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Account;

public sealed class SignInTests
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task FiveFailedSignIns_LockTheAccount_EvenAgainstTheRightPassword()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await client.SignInAsync(Clinician, $"wrong-password-{attempt}-xx");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Sign-in failed", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var locked = await client.SignInAsync(Clinician, AppServer.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Sign-in failed", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = server.Database.CreateContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Clinician);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task UnknownAccountAndWrongPassword_GetTheSameGenericMessage()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);

        using var unknown = await client.SignInAsync("nobody@paincare.test", "some-password-123");
        using var wrong = await client.SignInAsync(Clinician, "some-password-123");

        var unknownMessage = ErrorMessage(await unknown.Content.ReadAsStringAsync());
        Assert.Equal(unknownMessage, ErrorMessage(await wrong.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("not found", unknownMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignInCookie_SurvivesAnAppRestart_BecauseKeysAreInTheDatabase()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);
        using var signedIn = await client.SignInAsync(Clinician, AppServer.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        await server.RestartAsync();
        using var caseload = await client.GetAsync("caseload");

        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
        Assert.Contains("<h1>Caseload</h1>", await caseload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = server.Database.CreateContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    private static string ErrorMessage(string html)
    {
        var start = html.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        Assert.True(start > 0, "No error message on the sign-in page.");
        return html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }
}
