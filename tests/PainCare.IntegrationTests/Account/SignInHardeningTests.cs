using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Account;

/// <summary>Issue 18, findings 6, 9 and 18: what sign-in timing, recovery codes and authenticator codes give away.</summary>
public sealed class SignInHardeningTests
{
    private static readonly Dictionary<string, string> _twoFactor = new() { ["PainCare__RequireTwoFactor"] = "true" };

    [Fact]
    public async Task UnknownAddress_TakesAboutAsLongAsAWrongPassword()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);
        var (action, hidden) = await client.ReadFormAsync("account/sign-in");
        var known = new List<double>();
        var unknown = new List<double>();
        // Alternating, after a warm-up, so a busy moment on a shared machine falls on both sides alike; two accounts take
        // four wrong passwords each, short of the lockout that would skip the hashing.
        for (var i = 0; i < 8; i++)
        {
            var knownTime = await TimeAsync(i % 2 == 0 ? "tom.ferris@paincare.test" : "helen.mayo@paincare.test");
            var unknownTime = await TimeAsync($"nobody-{i}@paincare.test");
            if (i >= 2)
            {
                known.Add(knownTime);
                unknown.Add(unknownTime);
            }
        }

        Assert.True(Median(unknown) >= 0.5 * Median(known), $"unknown address median {Median(unknown):F1} ms, wrong password {Median(known):F1} ms");

        async Task<double> TimeAsync(string email)
        {
            var fields = new Dictionary<string, string>(hidden) { ["Input.Email"] = email, ["Input.Password"] = "wrong-password-for-timing" };
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsync(action, fields);
            await response.Content.ReadAsStringAsync();
            return watch.Elapsed.TotalMilliseconds;
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    }

    [Fact]
    public async Task RecoveryCode_SignsIn_AsShownWithItsDash_OrTypedWithout()
    {
        await using var server = await AppServer.StartAsync(_twoFactor);
        var (_, codes) = await TwoFactorUser.EnableAsync(server, "priya.nair@paincare.test");
        Assert.Equal(10, codes.Count);

        foreach (var typed in new[] { codes[0], codes[1].Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant() })
        {
            using var client = new FormClient(server.BaseAddress);
            var path = await TwoFactorUser.PasswordStepAsync(client, "priya.nair@paincare.test");
            using var code = await client.SubmitAsync(path, new Dictionary<string, string> { ["Form.Code"] = typed });
            Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
            using var inside = await client.GetAsync("caseload");
            Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        }
    }

    [Fact]
    public async Task AuthenticatorCode_SignsInOnlyOnce()
    {
        await using var server = await AppServer.StartAsync(_twoFactor);
        var (key, _) = await TwoFactorUser.EnableAsync(server, "priya.nair@paincare.test");
        using var first = new FormClient(server.BaseAddress);
        using var second = new FormClient(server.BaseAddress);
        var firstPath = await TwoFactorUser.PasswordStepAsync(first, "priya.nair@paincare.test");
        var secondPath = await TwoFactorUser.PasswordStepAsync(second, "priya.nair@paincare.test");
        var code = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30));

        using var used = await first.SubmitAsync(firstPath, new Dictionary<string, string> { ["Form.Code"] = code });
        using var replayed = await second.SubmitAsync(secondPath, new Dictionary<string, string> { ["Form.Code"] = code });

        Assert.Equal("/", HandoverLockTests.PathOf(used));
        Assert.True(replayed.StatusCode == HttpStatusCode.OK, $"replayed: {(int)replayed.StatusCode} {HandoverLockTests.PathOf(replayed)}");
        Assert.Contains("That code did not work", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var outside = await second.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.Redirect, outside.StatusCode);
    }

    [Fact]
    public async Task WrongRecoveryCodes_LockTheAccount_LikeWrongPasswords()
    {
        await using var server = await AppServer.StartAsync(_twoFactor);
        await TwoFactorUser.EnableAsync(server, "priya.nair@paincare.test");
        using var client = new FormClient(server.BaseAddress);
        var path = await TwoFactorUser.PasswordStepAsync(client, "priya.nair@paincare.test");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.SubmitAsync(path, new Dictionary<string, string> { ["Form.Code"] = $"WRONG-CODE{attempt}" });
        }

        await using var db = server.Database.CreateContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "priya.nair@paincare.test");
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task AdministratorResetsTwoFactor_AndTheUserSetsItUpAgainAtNextSignIn()
    {
        await using var server = await AppServer.StartAsync(_twoFactor);
        await TwoFactorUser.EnableAsync(server, "priya.nair@paincare.test");
        using var admin = new FormClient(server.BaseAddress);
        var adminKey = (await TwoFactorUser.EnableAsync(server, "admin@paincare.test")).Key;
        var adminPath = await TwoFactorUser.PasswordStepAsync(admin, "admin@paincare.test");
        using var adminIn = await admin.SubmitAsync(adminPath, new Dictionary<string, string> { ["Form.Code"] = Totp.Code(adminKey, DateTimeOffset.UtcNow.AddSeconds(30)) });
        Assert.Equal(HttpStatusCode.Redirect, adminIn.StatusCode);
        var priya = await SessionRevocationTests.UserIdAsync(server, "priya.nair@paincare.test");

        using var reset = await admin.SubmitAsync("admin/users", new Dictionary<string, string>(), formName: $"two-factor-{priya}");

        Assert.Contains("sets up two-factor sign-in again", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var client = new FormClient(server.BaseAddress);
        using var password = await client.SignInAsync("priya.nair@paincare.test", AppServer.DemoPassword);
        Assert.Equal("/", HandoverLockTests.PathOf(password));
        using var setup = await client.GetAsync("caseload");
        Assert.Equal("/account/two-factor-setup", HandoverLockTests.PathOf(setup));
        await using var db = server.Database.CreateContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "user.two-factor-reset" && e.EntityId == priya));
    }
}
