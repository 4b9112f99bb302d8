using Microsoft.Playwright;

namespace PainCare.BrowserTests;

/// <summary>Issue 14 in the browser: a new user's one-time password, a role change and the audit page in words.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UserAccountAdminTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AddedUser_SignsInWithTheOneTimePassword_MustChangeIt_ThenReachesHome_AndTheirRoleCanBeChanged()
    {
        var email = $"casey.{Guid.NewGuid():N}"[..16] + "@paincare.test";
        var admin = await fixture.SignInAsync("admin@paincare.test");
        await admin.GotoAsync("admin/users");
        await Assertions.Expect(admin.Locator("html[data-confirm-ready]")).ToHaveCountAsync(1);
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Casey Rowe");
        await admin.GetByLabel("Email (their sign-in name)").FillAsync(email);
        await admin.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("Clinician");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        var oneTime = admin.Locator(".one-time-value");
        await Assertions.Expect(oneTime).ToBeVisibleAsync();
        var password = await oneTime.InnerTextAsync();

        var casey = await fixture.NewPageAsync();
        await casey.GotoAsync("account/sign-in");
        await casey.GetByLabel("Email").FillAsync(email);
        await casey.GetByLabel("Password").FillAsync(password);
        await casey.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await casey.WaitForURLAsync(url => url.Contains("/account/change-password", StringComparison.Ordinal));
        await casey.GotoAsync("caseload");
        await casey.WaitForURLAsync(url => url.Contains("/account/change-password", StringComparison.Ordinal));
        await casey.GetByLabel("Current password").FillAsync(password);
        await casey.GetByLabel("New password", new() { Exact = true }).FillAsync("kettle-on-by-the-window");
        await casey.GetByLabel("New password again").FillAsync("kettle-on-by-the-window");
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save my password" }).ClickAsync();
        await casey.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await Assertions.Expect(casey.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        await admin.GotoAsync("admin/users");
        await Assertions.Expect(admin.Locator("html[data-confirm-ready]")).ToHaveCountAsync(1);
        await admin.GetByLabel("New role for Casey Rowe").SelectOptionAsync("Supervisor");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Change role of Casey Rowe" }).ClickAsync();
        await admin.GetByRole(AriaRole.Dialog, new() { Name = "Change the role of Casey Rowe?" }).GetByRole(AriaRole.Button, new() { Name = "Change role" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Casey Rowe is now supervisor" })).ToBeVisibleAsync();
        await casey.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task AuditPage_SaysWhoDidWhatInWords_AndShowsTheBrowserOnlyOnDemand()
    {
        var admin = await fixture.SignInAsync("admin@paincare.test", width: 390, height: 844);
        await admin.GotoAsync("admin/audit?action=signin.succeeded");

        var firstRow = admin.Locator("tr.audit-row").First;
        await Assertions.Expect(firstRow.Locator(".audit-what")).ToHaveTextAsync("Signed in");
        await Assertions.Expect(firstRow.Locator(".audit-who")).Not.ToHaveTextAsync("");
        await Assertions.Expect(admin.Locator(".audit-table")).Not.ToContainTextAsync("signin.succeeded");
        await Assertions.Expect(firstRow.Locator(".audit-agent")).Not.ToBeVisibleAsync();
        await firstRow.GetByText("Show").ClickAsync();
        await Assertions.Expect(firstRow.Locator(".audit-agent")).ToContainTextAsync("Chrom");
        Assert.True(await admin.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await admin.Context.CloseAsync();
    }
}
