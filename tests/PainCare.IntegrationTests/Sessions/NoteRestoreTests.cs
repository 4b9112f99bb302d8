using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Narratives;
using PainCare.IntegrationTests.Narratives;
using PainCare.Testing;
using PainCare.Web.Features.Audit;
using PainCare.Web.Features.Sessions;

namespace PainCare.IntegrationTests.Sessions;

public sealed class NoteRestoreTests
{
    [Fact]
    public async Task ARestore_SavesTheEarlierTextAsANewVersion_AndAnEditorOnTheOldRevisionGetsAConflict()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (sessionId, first, text, narratives, clock) = await TwoVersionsAsync(clinic);
        var service = CorrectionsClinic.Restores(clinic, clock);
        var state = (await service.GetStateAsync(clinic.Sam, sessionId))!;

        var result = await service.RestoreAsync(clinic.Sam, sessionId, first, state.Revision);
        var staleEditor = await narratives.SaveDraftAsync(clinic.Sam, sessionId, "Typed in a window opened before the restore.", state.Revision);

        Assert.Equal((RestoreOutcome.Restored, state.Revision + 1), (result.Outcome, result.Revision));
        Assert.Equal(SaveStatus.Conflict, staleEditor.Status);
        Assert.Equal(text, staleEditor.ServerText);
        await using var db = clinic.Database.CreateContext();
        var note = await db.NarrativeNotes.AsNoTracking().Include(n => n.Versions).SingleAsync(n => n.SessionId == sessionId);
        Assert.Equal(text, note.Text);
        var versions = note.Versions.OrderBy(v => v.Revision).ToList();
        Assert.Equal([text, text + " Later thought.", text], versions.TakeLast(3).Select(v => v.Text));
        Assert.Equal([(AuditActions.NoteRestore, AuditOutcomes.Succeeded)], await CorrectionsClinic.AuditOfAsync(clinic, sessionId));
    }

    [Fact]
    public async Task ARestoreFromAPageOpenedBeforeTheLastSave_ChangesNothing()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (sessionId, first, _, narratives, clock) = await TwoVersionsAsync(clinic);
        var service = CorrectionsClinic.Restores(clinic, clock);
        var state = (await service.GetStateAsync(clinic.Sam, sessionId))!;
        await narratives.SaveDraftAsync(clinic.Sam, sessionId, "Saved after the history page opened.", state.Revision);

        var result = await service.RestoreAsync(clinic.Sam, sessionId, first, state.Revision);

        Assert.Equal(RestoreOutcome.ChangedSinceSeen, result.Outcome);
        await using var db = clinic.Database.CreateContext();
        Assert.Equal("Saved after the history page opened.", await db.NarrativeNotes.Where(n => n.SessionId == sessionId).Select(n => n.Text).SingleAsync());
        Assert.Equal([(AuditActions.NoteRestore, AuditOutcomes.Failed)], await CorrectionsClinic.AuditOfAsync(clinic, sessionId));
    }

    [Fact]
    public async Task ASignedNote_CannotBeRestored_AndTheRefusalIsAudited()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (sessionId, first, _, narratives, clock) = await TwoVersionsAsync(clinic);
        var service = CorrectionsClinic.Restores(clinic, clock);
        var state = (await service.GetStateAsync(clinic.Sam, sessionId))!;
        Assert.True((await narratives.SignOffAsync(clinic.Sam, sessionId, state.Revision)).Succeeded);

        var result = await service.RestoreAsync(clinic.Sam, sessionId, first, state.Revision);

        Assert.Equal(RestoreOutcome.Signed, result.Outcome);
        Assert.True((await service.GetStateAsync(clinic.Sam, sessionId))!.Signed);
        Assert.Equal([(AuditActions.NoteRestore, AuditOutcomes.Denied)], await CorrectionsClinic.AuditOfAsync(clinic, sessionId));
    }

    [Fact]
    public async Task AnotherCliniciansNote_IsNotFound()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (sessionId, first, _, _, clock) = await TwoVersionsAsync(clinic);
        var service = CorrectionsClinic.Restores(clinic, clock);

        Assert.Null(await service.GetStateAsync(clinic.Priya, sessionId));
        Assert.Null((await service.RestoreAsync(clinic.Priya, sessionId, first, 0)).Outcome);
    }

    /// <summary>A draft whose saved text was then extended after the autosave window: two versions to choose from.</summary>
    private static async Task<(Guid SessionId, int FirstRevision, string Text, NarrativeService Narratives, MovableClock Clock)> TwoVersionsAsync(ClinicFixture clinic)
    {
        var clock = new MovableClock();
        var narratives = new NarrativeService(clinic.Contexts, clock, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (sessionId, _, _) = await clinic.DraftOfAsync(clinic.Sam);
        clock.Pass(NarrativeNote.CoalesceWindow);
        var page = (await narratives.GetAsync(clinic.Sam, sessionId))!;
        var text = page.Note.Text + " Restorable.";
        var first = await narratives.SaveDraftAsync(clinic.Sam, sessionId, text, page.Note.Revision);
        clock.Pass(NarrativeNote.CoalesceWindow);
        await narratives.SaveDraftAsync(clinic.Sam, sessionId, text + " Later thought.", first.Revision);
        clock.Pass(TimeSpan.FromMinutes(1));
        return (sessionId, first.Revision, text, narratives, clock);
    }
}
