using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PainCare.BrowserTests;

/// <summary>The dark palette (ADR 0340): chosen in the app bar, kept by the device across reloads and on static pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DarkModeTests(BrowserFixture fixture)
{
    // The dark palette's page background, #12181d; the light one is white.
    private const string DarkPage = "rgb(18, 24, 29)";
    private const string LightPage = "rgb(255, 255, 255)";

    /// <summary>Chooses the dark palette for this browser context the way the app-bar button stores it.</summary>
    internal static Task ChooseDarkAsync(IPage page, Uri server) =>
        page.Context.AddCookiesAsync([new Cookie { Name = "paincare-theme", Value = "dark", Url = server.ToString() }]);

    [Fact]
    public async Task DarkModeButton_SwitchesThePalette_AndTheChoiceSurvivesAReloadAndSignOut()
    {
        var page = await fixture.SignInAsync("sam.okafor@paincare.test");
        var toggle = DarkModeButton(page);
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", LightPage);

        await ToggleReadyAsync(page);
        await toggle.ClickAsync();

        await Assertions.Expect(DarkModeButton(page)).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator(".pc-layout")).ToHaveClassAsync(DarkLayout());
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkPage);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Caseload", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(DarkModeButton(page)).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkPage);

        // The static sign-in page, after signing out, follows the device's choice too, and can switch it back.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Assertions.Expect(DarkModeButton(page)).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkPage);

        await ToggleReadyAsync(page);
        await DarkModeButton(page).ClickAsync();

        await Assertions.Expect(DarkModeButton(page)).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", LightPage);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TextTypedIntoAStaticForm_SurvivesSwitchingThePalette_AndTheSessionStillSaves()
    {
        const string clinician = "sam.okafor@paincare.test";
        var patient = await ClinicRecords.PatientOfAsync(fixture.Server, clinician);
        var page = await fixture.SignInAsync(clinician);

        await page.GotoAsync("patients/new");
        await page.GetByLabel("Given name").FillAsync("Ilse");
        await page.GetByLabel("Family name").FillAsync("Brandt");
        await ToggleReadyAsync(page);
        await DarkModeButton(page).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkPage);
        await Assertions.Expect(page.GetByLabel("Given name")).ToHaveValueAsync("Ilse");
        await Assertions.Expect(page.GetByLabel("Family name")).ToHaveValueAsync("Brandt");

        await page.GotoAsync($"patients/{patient.Id}/sessions/new");
        const string story = "Perched at the plinth's end and said the walk from the car park had been the hardest part.";
        var narrative = page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" });
        await narrative.FillAsync(story);
        await ToggleReadyAsync(page);
        await DarkModeButton(page).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", LightPage);
        await Assertions.Expect(narrative).ToHaveValueAsync(story);
        await Assertions.Expect(page.Locator("[data-copy-status]")).Not.ToContainTextAsync("signing in again");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(k => k.startsWith('paincare:theme-carry:')).length"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
        await page.WaitForURLAsync(SessionPage());
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" })).ToHaveValueAsync(story);
        await page.Context.CloseAsync();
    }

    // The button is answered by a script that blazor.web.js starts after the page has loaded.
    private static Task ToggleReadyAsync(IPage page) => Assertions.Expect(page.Locator("html[data-theme-toggle-ready]")).ToHaveCountAsync(1);

    private static ILocator DarkModeButton(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });

    [GeneratedRegex("/sessions/[0-9a-f-]{36}$")]
    private static partial Regex SessionPage();

    [GeneratedRegex("pc-dark")]
    private static partial Regex DarkLayout();
}
