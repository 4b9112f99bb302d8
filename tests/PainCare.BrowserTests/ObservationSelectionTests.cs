using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ObservationSelectionTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task TypingAfterAddingAnObservation_ContinuesAfterThePassage_AndNeverReplacesIt()
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");
        var narrative = page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" });
        await Assertions.Expect(narrative).ToBeEditableAsync();
        const string passage = "She met my eye at the door.";
        await narrative.FillAsync(passage + " The walk had felt possible.");
        await Assertions.Expect(page.Locator(".save-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Saved "));

        // The walkthrough's exact keys: select the passage, Alt+4, Tab, a note, Add observation, then type on.
        await narrative.EvaluateAsync("(el, length) => { el.focus(); el.setSelectionRange(0, length); }", passage.Length);
        await page.Keyboard.PressAsync("Alt+4");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kind" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Held my gaze, then smiled.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add observation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add an observation" })).ToBeHiddenAsync();
        await Assertions.Expect(narrative).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(" Then she laughed.");

        const string expected = passage + " Then she laughed. The walk had felt possible.";
        await Assertions.Expect(narrative).ToHaveValueAsync(expected);
        await ClinicData.WaitForNoteAsync(fixture.Server, sessionId, text => text == expected);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RemovingAnObservation_AsksFirst_AndKeepingItChangesNothing()
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");
        var narrative = page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" });
        await Assertions.Expect(narrative).ToBeEditableAsync();
        await narrative.FillAsync("He laughed as the knee bent.");
        await narrative.EvaluateAsync("el => { el.focus(); el.setSelectionRange(3, 9); }");
        await page.Keyboard.PressAsync("Alt+4");
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kind" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("We both laughed at the knee's timing.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add observation" }).ClickAsync();
        var observations = page.GetByRole(AriaRole.Region, new() { Name = "Observations" });
        await Assertions.Expect(observations.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);

        await observations.GetByRole(AriaRole.Button, new() { Name = "Remove observation: Moment of connection" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("Remove this observation?");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await Assertions.Expect(confirm).ToBeHiddenAsync();
        await Assertions.Expect(observations.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);

        await observations.GetByRole(AriaRole.Button, new() { Name = "Remove observation: Moment of connection" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Remove observation" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Observation removed.")).ToBeVisibleAsync();
        await Assertions.Expect(observations.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
