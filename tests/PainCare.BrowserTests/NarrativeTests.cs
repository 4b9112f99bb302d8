using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PainCare.Testing;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class NarrativeTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task TypedNarrative_SurvivesAServerCrash_UpToTheLastSaveOnTheServerAndWhollyOnTheDevice()
    {
        await using var server = await AppServer.StartAsync();
        var sessionId = await ClinicData.DraftSessionOfAsync(server, "Leonie");
        var page = await fixture.SignInAsync(Clinician, server);
        await page.GotoAsync($"sessions/{sessionId}");
        var narrative = page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" });
        var status = page.Locator(".save-status");

        await narrative.FillAsync("She arrived early and sat by the window.");
        await Assertions.Expect(status).ToHaveTextAsync(SavedAt());
        await narrative.PressSequentiallyAsync(" Later she said the walk had felt possible.");
        await server.KillAsync();

        await Assertions.Expect(status).ToHaveTextAsync("Offline — kept on this device", new() { Timeout = 30_000 });
        await server.RestartAsync();
        Assert.Equal("She arrived early and sat by the window.", await ClinicData.NoteTextAsync(server, sessionId));

        await page.ReloadAsync();
        const string whole = "She arrived early and sat by the window. Later she said the walk had felt possible.";
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" })).ToHaveValueAsync(whole);
        await ClinicData.WaitForNoteAsync(server, sessionId, text => text == whole);
        await Assertions.Expect(page.Locator(".save-status")).ToHaveTextAsync(SavedAt());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TwoWindows_EditingOneNote_SeeTheConflictAndKeepBothTexts()
    {
        var sessionId = await ClinicData.DraftSessionOfAsync(fixture.Server, "Hana");
        var first = await fixture.SignInAsync(Clinician);
        var second = await fixture.SignInAsync(Clinician);
        await first.GotoAsync($"sessions/{sessionId}");
        await second.GotoAsync($"sessions/{sessionId}");
        await Assertions.Expect(second.Locator(".save-status")).ToHaveTextAsync("All changes saved");

        await first.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).PressSequentiallyAsync(" Alpha: she laughed about the bus.");
        await Assertions.Expect(first.Locator(".save-status")).ToHaveTextAsync(SavedAt());
        await second.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).PressSequentiallyAsync(" Bravo: he held his breath at the door.");

        await Assertions.Expect(second.GetByRole(AriaRole.Alertdialog, new() { Name = "This narrative was changed in another window" })).ToBeVisibleAsync();
        await Assertions.Expect(second.Locator(".save-status")).ToHaveTextAsync("Not saved: changed elsewhere. Choose below; your text is kept on this device.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Keep both" }).ClickAsync();

        await Assertions.Expect(second.Locator(".save-status")).ToHaveTextAsync(SavedAt());
        var saved = await ClinicData.WaitForNoteAsync(fixture.Server, sessionId, text => text.Contains("Bravo", StringComparison.Ordinal));
        Assert.Contains("Alpha: she laughed about the bus.", saved, StringComparison.Ordinal);
        Assert.Contains("Bravo: he held his breath at the door.", saved, StringComparison.Ordinal);
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    [Fact]
    public async Task SaveStatus_ReadsNotSavedYet_ThenSaving_ThenSavedWithTheTime_AsTheClinicianTypes()
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");
        var status = page.Locator(".save-status");
        await Assertions.Expect(status).ToHaveTextAsync("Nothing written yet");
        // "Saving…" lasts one round trip, too short to poll for: every text the status line shows is recorded instead.
        await status.EvaluateAsync("""
            element => {
              window.statusTexts = [];
              new MutationObserver(() => window.statusTexts.push(element.textContent))
                .observe(element, { childList: true, characterData: true, subtree: true });
            }
            """);

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).PressSequentiallyAsync("She sat forward to talk.");

        await Assertions.Expect(status).ToHaveTextAsync(SavedAt());
        var shown = await page.EvaluateAsync<string[]>("() => window.statusTexts");
        var order = new[] { Array.IndexOf(shown, "Not saved yet"), Array.IndexOf(shown, "Saving…"), Array.FindLastIndex(shown, SavedAt().IsMatch) };
        Assert.True(order.All(i => i >= 0), $"status texts shown: {string.Join(" | ", shown)}");
        Assert.Equal(order.Order(), order);
        await ClinicData.WaitForNoteAsync(fixture.Server, sessionId, text => text == "She sat forward to talk.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ScriptAndHtmlInANarrative_AreShownAsTextAfterSignOff()
    {
        var sessionId = await ClinicData.DraftSessionOfAsync(fixture.Server, "Mei");
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");
        const string payload = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\"> [click me](javascript:window.__xss=3)";

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).FillAsync(payload);
        await Assertions.Expect(page.Locator(".save-status")).ToHaveTextAsync(SavedAt());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign off…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign off now" }).ClickAsync();

        var rendered = page.Locator(".narrative-rendered");
        await Assertions.Expect(rendered).ToContainTextAsync("<script>window.__xss = 1</script>");
        await Assertions.Expect(rendered.Locator("script, img")).ToHaveCountAsync(0);
        await Assertions.Expect(rendered.Locator("a[href^='javascript']")).ToHaveCountAsync(0);
        await rendered.GetByText("click me").ClickAsync();
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SessionPageAndCaseload_HaveNoSeriousAccessibilityViolations()
    {
        var sessionId = await ClinicData.DraftSessionOfAsync(fixture.Server, "Tane");
        var page = await fixture.SignInAsync(Clinician);
        await Assertions.Expect(page.GetByLabel("Filter by name")).ToBeEnabledAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.GotoAsync($"sessions/{sessionId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" })).ToBeEditableAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).FocusAsync();
        await page.Keyboard.PressAsync("Alt+2");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add an observation" })).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "session-page.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LongNarrative_BeyondOneCircuitMessage_SavesWhole()
    {
        var sessionId = await ClinicData.DraftSessionOfAsync(fixture.Server, "Noor");
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");
        // About 180 KB of UTF-8: far past the circuit's 32 KB message limit.
        var text = string.Concat(Enumerable.Repeat("Ça va — she paused, breathed out, and went on. ", 1_250));

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).FillAsync(text);

        await Assertions.Expect(page.Locator(".save-status")).ToHaveTextAsync(SavedAt(), new() { Timeout = 20_000 });
        Assert.Equal(text, await ClinicData.NoteTextAsync(fixture.Server, sessionId));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).PressSequentiallyAsync(" The end.");
        await ClinicData.WaitForNoteAsync(fixture.Server, sessionId, saved => saved.EndsWith("The end.", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AxeCheck_ReportsAKnownViolation_SoACleanResultMeansSomething()
    {
        var page = await fixture.NewPageAsync();
        await page.SetContentAsync("<html><body><img src='x.png'><input type='text'></body></html>");

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("image-alt", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"^Saved \d")]
    private static partial Regex SavedAt();
}
