using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PainCare.Testing;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class SessionLifetimeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task IdleSession_EndsInsideTheLiveCircuit_AndSaysWhy()
    {
        // Seconds instead of 15 minutes, and revalidation every second instead of every minute, so the test is quick.
        await using var server = await AppServer.StartAsync(new Dictionary<string, string>
        {
            // Long enough for the circuit to connect on a loaded two-core machine before the session ends.
            ["PainCare__IdleTimeoutMinutes"] = "0.15",
            ["PainCare__RevalidationSeconds"] = "1",
        });
        var page = await fixture.SignInAsync("sam.okafor@paincare.test", server);
        await Assertions.Expect(page.GetByLabel("Filter by name")).ToBeEnabledAsync(new() { Timeout = 8_000 });

        await page.WaitForURLAsync(SignIn(), new() { Timeout = 30_000 });

        await Assertions.Expect(page.GetByText("Your session has ended")).ToBeVisibleAsync();
        await page.GotoAsync("caseload");
        await Assertions.Expect(page).ToHaveURLAsync(SignIn());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DisabledUser_IsSignedOutOfTheLiveCircuit_AndCannotSignInAgain()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__RevalidationSeconds"] = "1" });
        var clinician = await fixture.SignInAsync("tom.ferris@paincare.test", server);
        await Assertions.Expect(clinician.GetByLabel("Filter by name")).ToBeEnabledAsync();

        var admin = await fixture.SignInAsync("admin@paincare.test", server);
        await Assertions.Expect(admin.Locator("html[data-confirm-ready]")).ToHaveCountAsync(1);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable Tom Ferris" }).ClickAsync();
        await admin.GetByRole(AriaRole.Dialog, new() { Name = "Disable Tom Ferris?" }).GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Tom Ferris is disabled" })).ToBeVisibleAsync();

        await clinician.WaitForURLAsync(SignIn(), new() { Timeout = 30_000 });
        await clinician.GetByLabel("Email").FillAsync("tom.ferris@paincare.test");
        await clinician.GetByLabel("Password").FillAsync(AppServer.DemoPassword);
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(clinician.GetByRole(AriaRole.Alert)).ToContainTextAsync("Sign-in failed");
        await clinician.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignIn();
}
