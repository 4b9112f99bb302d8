using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PainCare.BrowserTests;

/// <summary>The narrative copy kept on the device: per window, gone at sign-out, and never stuck on text it cannot send.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DeviceCopyTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";
    private const string Narrative = "Narrative: the story";

    [Fact]
    public async Task OneWindowsSave_LeavesAnotherWindowsUnsavedWords_OnTheDevice()
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
        var first = await fixture.SignInAsync(Clinician);
        var second = await first.Context.NewPageAsync();
        await first.GotoAsync($"sessions/{sessionId}");
        await second.GotoAsync($"sessions/{sessionId}");
        await Assertions.Expect(second.Locator(".save-status")).ToHaveAttributeAsync("data-state", "saved");

        await first.GetByRole(AriaRole.Textbox, new() { Name = Narrative }).PressSequentiallyAsync(" Alpha: she stood at the window.");
        await Assertions.Expect(first.Locator(".save-status")).ToHaveTextAsync(SavedAt());
        await second.GetByRole(AriaRole.Textbox, new() { Name = Narrative }).PressSequentiallyAsync(" Bravo: his shoulders dropped.");
        await Assertions.Expect(second.Locator(".save-status")).ToContainTextAsync("kept on this device");
        await first.GetByRole(AriaRole.Textbox, new() { Name = Narrative }).PressSequentiallyAsync(" Charlie.");
        await Assertions.Expect(first.Locator(".save-status")).ToHaveTextAsync(SavedAt());
        await ClinicData.WaitForNoteAsync(fixture.Server, sessionId, text => text.EndsWith("Charlie.", StringComparison.Ordinal));

        await second.ReloadAsync();

        await Assertions.Expect(second.Locator(".save-status")).ToContainTextAsync("This device holds a different version");
        Assert.Contains("Bravo: his shoulders dropped.", await StoredCopiesAsync(second), StringComparison.Ordinal);
        await first.Context.CloseAsync();
    }

    [Fact]
    public async Task SigningOut_ClearsEveryNarrativeCopyOnTheDevice()
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");
        await Assertions.Expect(page.Locator(".save-status")).ToHaveAttributeAsync("data-state", "saved");
        // As an unsaved copy would be: written by the editor while the server was out of reach.
        await page.EvaluateAsync("id => localStorage.setItem('paincare:narrative:' + id + ':elsewhere', JSON.stringify({ text: 'words not yet sent', revision: 1, at: Date.now() }))", sessionId.ToString());
        Assert.Contains("words not yet sent", await StoredCopiesAsync(page), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal));

        Assert.Equal(string.Empty, await StoredCopiesAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ALoneSurrogateInTheNarrative_IsSavedAsAReplacementCharacter_NotLeftOffline()
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");
        var narrative = page.GetByRole(AriaRole.Textbox, new() { Name = Narrative });
        await Assertions.Expect(page.Locator(".save-status")).ToHaveAttributeAsync("data-state", "saved");

        // Half of an emoji, as a bad paste leaves it; typing cannot produce one, so it is set as a paste would.
        await narrative.EvaluateAsync("t => { t.value += ' She smiled \\uD83D then sat.'; t.dispatchEvent(new Event('input', { bubbles: true })); }");

        await Assertions.Expect(page.Locator(".save-status")).ToHaveTextAsync(SavedAt());
        var saved = await ClinicData.WaitForNoteAsync(fixture.Server, sessionId, text => text.EndsWith("then sat.", StringComparison.Ordinal));
        Assert.Contains("She smiled \uFFFD then sat.", saved, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static Task<string> StoredCopiesAsync(IPage page) => page.EvaluateAsync<string>(
        "() => Object.keys(localStorage).filter(k => k.startsWith('paincare:narrative:')).map(k => localStorage.getItem(k)).join('\\n')");

    [GeneratedRegex(@"^Saved \d")]
    private static partial Regex SavedAt();
}
