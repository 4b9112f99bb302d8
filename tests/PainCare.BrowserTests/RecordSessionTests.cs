using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class RecordSessionTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task Narrative_SurvivesASignInThatLapsedBeforeSave_AndTheFormNamesThePatient()
    {
        var patient = await ClinicRecords.PatientOfAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        // The copy is kept by a script that attaches after the page shows. Holding it back until the story is typed
        // proves that words typed on a slow load are kept too.
        var scriptHeld = new TaskCompletionSource();
        await page.RouteAsync("**/js/session-form-copy*.js", async route =>
        {
            await scriptHeld.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync($"patients/{patient.Id}/sessions/new", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Record a session for {patient.Name}");
        const string story = "She came in holding her side.\nShe said the stairs at work had felt possible this week.";
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).FillAsync(story);
        scriptHeld.SetResult();
        await Assertions.Expect(page.Locator("form[data-keeping]")).ToHaveCountAsync(1);
        Assert.Equal(1, await page.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(k => k.startsWith('paincare:new-session')).length"));

        await ClinicRecords.LapseSignInAsync(fixture.Server, Clinician);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SignIn());
        Assert.DoesNotContain("stairs", page.Url, StringComparison.OrdinalIgnoreCase);
        await page.GetByLabel("Email").FillAsync(Clinician);
        await page.GetByLabel("Password").FillAsync(Testing.AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(NewSession());

        var narrative = page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" });
        await Assertions.Expect(narrative).ToHaveValueAsync(story);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
        await page.WaitForURLAsync(SessionPage());
        // Editable once the editor's script has attached, which is when it drops the form's copy of the same words.
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" })).ToBeEditableAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" })).ToHaveValueAsync(story);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(k => k.startsWith('paincare:new-session')).length"));

        await page.GotoAsync($"patients/{patient.Id}/sessions/new");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" })).ToHaveValueAsync(string.Empty);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ANewSessionWithANarrative_OpensAsSaved_NotAsNothingWritten()
    {
        var patient = await ClinicRecords.PatientOfAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"patients/{patient.Id}/sessions/new");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).FillAsync("He paced before sitting down.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
        await page.WaitForURLAsync(SessionPage());

        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" })).ToBeEditableAsync();
        await Assertions.Expect(page.Locator(".save-status")).ToHaveTextAsync("All changes saved");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("Attended", "6.5", "Pain before must be a whole number from 0 to 10")]
    [InlineData("Cancelled", "8", "Pain scores are only recorded for a session the patient attended")]
    [InlineData("Did not attend", "8", "Pain scores are only recorded for a session the patient attended")]
    public async Task APainScoreThatCannotStand_IsRefusedWithAMessage_AndKeptInTheBox(string attendance, string pain, string message)
    {
        var patient = await ClinicRecords.PatientOfAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"patients/{patient.Id}/sessions/new");
        await page.GetByLabel("Attendance").SelectOptionAsync(new SelectOptionValue { Label = attendance });
        await page.GetByLabel("Pain before (0–10)").FillAsync(pain);
        await page.GetByLabel("Pain after (0–10)").FillAsync("2");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();

        await Assertions.Expect(page.GetByText(message).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Pain before (0–10)")).ToHaveValueAsync(pain);
        Assert.Matches(NewSession(), page.Url);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignIn();

    [GeneratedRegex("/sessions/new$")]
    private static partial Regex NewSession();

    [GeneratedRegex("/sessions/[0-9a-f-]{36}$")]
    private static partial Regex SessionPage();
}
