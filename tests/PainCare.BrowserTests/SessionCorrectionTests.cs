using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PainCare.Domain.Narratives;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SessionCorrectionTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";

    // A save over the circuit on a loaded two-core machine.
    private static readonly LocatorAssertionsToBeVisibleOptions _slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task AClinician_CorrectsASessionsDetails_ThenDeletesTheSessionAfterConfirming()
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Correct details" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Dialog);
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Duration (minutes)" }).FillAsync("30");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Pain before (0–10)" }).FillAsync("6.5");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save corrections" }).ClickAsync();
        await Assertions.Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("whole numbers from 0 to 10");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Pain before (0–10)" }).FillAsync("6");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save corrections" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Session details corrected.")).ToBeVisibleAsync(_slow);
        await Assertions.Expect(page.GetByText("30 minutes")).ToBeVisibleAsync();
        Assert.Equal((30, 6), await FactsAsync(sessionId));

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete session" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("Delete the session on");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete the session" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/patients/", StringComparison.Ordinal), new() { Timeout = 30_000 });

        await using var db = fixture.Server.Database.CreateContext();
        Assert.False(await db.Sessions.AnyAsync(s => s.Id == sessionId));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AClinician_RestoresAnEarlierVersion_AndTheEditorShowsItsText()
    {
        var sessionId = await TwoVersionsAsync("She walked to the letterbox and back.", "She walked to the corner shop.");
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}/history");
        // The restore buttons are an island the page-sweep never sees on a draft: checked here once they are in place.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Restore version 1" })).ToBeVisibleAsync(_slow);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Restore version 1" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await Assertions.Expect(confirm).ToContainTextAsync("Restore version 1 into the draft?");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Restore version 1" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("restored=1", StringComparison.Ordinal), new() { Timeout = 30_000 });

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Version 1 has been restored" })).ToBeVisibleAsync(_slow);
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" })).ToHaveValueAsync("She walked to the letterbox and back.");
        Assert.Equal(("She walked to the letterbox and back.", 3), await NoteAsync(sessionId));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DoubleClickingSaveAndDelete_CorrectsOnce_AndDeletesOnce_WithTheDialogsAccessible()
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Correct details" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Dialog);
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Duration (minutes)" }).FillAsync("35");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await form.GetByRole(AriaRole.Button, new() { Name = "Save corrections" }).DblClickAsync();
        await Assertions.Expect(page.GetByText("Session details corrected.")).ToBeVisibleAsync(_slow);
        await Assertions.Expect(page.GetByText("35 minutes")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete session" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("Delete the session on");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete the session" }).DblClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/patients/", StringComparison.Ordinal), new() { Timeout = 30_000 });

        // A second save would have met a stale version and left a failed "session.correct" row; a second delete a "not found" one.
        Assert.Equal(1, await AuditedAsync("session.correct.duration", sessionId));
        Assert.Equal(0, await AuditedAsync("session.correct", sessionId));
        Assert.Equal(1, await AuditedAsync("session.delete", sessionId));
        await page.Context.CloseAsync();
    }

    private async Task<int> AuditedAsync(string action, Guid sessionId)
    {
        await using var db = fixture.Server.Database.CreateContext();
        var id = sessionId.ToString();
        return await db.AuditEvents.AsNoTracking().CountAsync(e => e.Action == action && e.EntityId == id);
    }

    private async Task<(int Duration, int? PainBefore)> FactsAsync(Guid sessionId)
    {
        await using var db = fixture.Server.Database.CreateContext();
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
        return (session.DurationMinutes, session.PainBefore);
    }

    private async Task<(string Text, int Revision)> NoteAsync(Guid sessionId)
    {
        await using var db = fixture.Server.Database.CreateContext();
        var note = await db.NarrativeNotes.AsNoTracking().SingleAsync(n => n.SessionId == sessionId);
        return (note.Text, note.Revision);
    }

    /// <summary>A fresh draft whose history holds <paramref name="first"/> then <paramref name="second"/>, an hour apart.</summary>
    private async Task<Guid> TwoVersionsAsync(string first, string second)
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
        await using var db = fixture.Server.Database.CreateContext();
        var note = await db.NarrativeNotes.SingleAsync(n => n.SessionId == sessionId);
        var at = DateTimeOffset.UtcNow.AddHours(-1);
        Assert.Equal(SaveStatus.Saved, note.SaveDraft(first, 0, note.AuthorId, at).Status);
        Assert.Equal(SaveStatus.Saved, note.SaveDraft(second, 1, note.AuthorId, at.AddMinutes(30)).Status);
        await db.SaveChangesAsync();
        return sessionId;
    }
}
