using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Admin;

/// <summary>Issue 14: an administrator adds users, changes a role and resets a password; each is audited.</summary>
public sealed partial class UserAccountAdminTests
{
    private const string Admin = "admin@paincare.test";
    private const string Clinician = "priya.nair@paincare.test";

    [Fact]
    public async Task AddedUser_SignsInWithTheOneTimePassword_AndReachesNothingButChangePassword_UntilTheyChooseTheirOwn()
    {
        await using var server = await AppServer.StartAsync();
        using var admin = new FormClient(server.BaseAddress);
        await admin.SignInAsync(Admin, AppServer.DemoPassword);

        using var added = await admin.SubmitAsync("admin/users", new Dictionary<string, string>
        {
            ["NewUserForm.DisplayName"] = "Robin Field (physiotherapist)",
            ["NewUserForm.Email"] = "robin.field@paincare.test",
            ["NewUserForm.Role"] = "Clinician",
        }, formName: "add-user");
        var oneTime = OneTimeValue().Match(await added.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(oneTime);

        using var robin = new FormClient(server.BaseAddress);
        await robin.SignInAsync("robin.field@paincare.test", oneTime);
        using var blocked = await robin.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/account/change-password", blocked.Headers.Location?.OriginalString);

        using var changed = await robin.SubmitAsync("account/change-password", new Dictionary<string, string>
        {
            ["Input.Current"] = oneTime, ["Input.New"] = "quiet-river-morning-tea", ["Input.Confirm"] = "quiet-river-morning-tea",
        }, formName: "change-password");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var caseload = await robin.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);

        var robinId = await UserIdAsync(server, "robin.field@paincare.test");
        var adminId = await UserIdAsync(server, Admin);
        var audit = await AuditAsync(server, robinId);
        Assert.Contains(audit, e => e is { Action: "user.added", Outcome: "succeeded" } && e.UserId == adminId);
        Assert.Contains(audit, e => e is { Action: "password.changed", Outcome: "succeeded" } && e.UserId == robinId);
        Assert.DoesNotContain(audit, e => (e.EntityId ?? string.Empty).Contains(oneTime, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangingARole_EndsTheirSessions_GivesExactlyTheNewRole_AndIsAudited()
    {
        await using var server = await AppServer.StartAsync();
        using var clinician = new FormClient(server.BaseAddress);
        await clinician.SignInAsync(Clinician, AppServer.DemoPassword);
        using var admin = new FormClient(server.BaseAddress);
        await admin.SignInAsync(Admin, AppServer.DemoPassword);
        var userId = await UserIdAsync(server, Clinician);

        using var changed = await admin.SubmitAsync("admin/users", new Dictionary<string, string> { ["Role"] = "Supervisor" }, formName: $"role-{userId}");
        Assert.Contains("is now supervisor", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var after = await clinician.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await using (var db = server.Database.CreateContext())
        {
            var roles = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
            Assert.Equal(["Supervisor"], roles);
        }

        Assert.Contains(await AuditAsync(server, userId), e => e is { Action: "user.role-changed", Outcome: "succeeded" });
    }

    [Fact]
    public async Task ResettingAPassword_StopsTheOldOne_EndsSessions_AndTheOneTimePasswordMustBeChanged()
    {
        await using var server = await AppServer.StartAsync();
        using var clinician = new FormClient(server.BaseAddress);
        await clinician.SignInAsync(Clinician, AppServer.DemoPassword);
        using var admin = new FormClient(server.BaseAddress);
        await admin.SignInAsync(Admin, AppServer.DemoPassword);
        var userId = await UserIdAsync(server, Clinician);

        using var reset = await admin.SubmitAsync("admin/users", new Dictionary<string, string>(), formName: $"password-{userId}");
        var oneTime = OneTimeValue().Match(await reset.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(oneTime);

        using var ended = await clinician.GetAsync("caseload");
        Assert.StartsWith("/account/sign-in", ended.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var oldPassword = new FormClient(server.BaseAddress);
        using var refused = await oldPassword.SignInAsync(Clinician, AppServer.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        using var newPassword = new FormClient(server.BaseAddress);
        await newPassword.SignInAsync(Clinician, oneTime);
        using var blocked = await newPassword.GetAsync("caseload");
        Assert.Equal("/account/change-password", blocked.Headers.Location?.OriginalString);
        Assert.Contains(await AuditAsync(server, userId), e => e is { Action: "user.password-reset", Outcome: "succeeded" });
    }

    private static async Task<string> UserIdAsync(AppServer server, string email)
    {
        await using var db = server.Database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static async Task<List<PainCare.Data.Audit.AuditEvent>> AuditAsync(AppServer server, string userId)
    {
        await using var db = server.Database.CreateContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.EntityId == userId).ToListAsync();
    }

    [GeneratedRegex("class=\"one-time-value\">([^<]+)<")]
    private static partial Regex OneTimeValue();
}
