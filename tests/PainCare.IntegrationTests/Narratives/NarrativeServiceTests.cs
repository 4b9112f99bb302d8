using Microsoft.EntityFrameworkCore;
using System.Data.Common;
using PainCare.Domain.Narratives;
using PainCare.Testing;
using PainCare.Web.Features.Sessions;

namespace PainCare.IntegrationTests.Narratives;

public sealed class NarrativeServiceTests
{
    [Fact]
    public async Task SavesApartInTime_AreEachKeptAsAVersion_AndTheNoteHoldsTheLatest()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var clock = new MovableClock();
        var service = new NarrativeService(clinic.Contexts, clock, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (sessionId, revision, text) = await clinic.DraftOfAsync(clinic.Sam);

        var first = await service.SaveDraftAsync(clinic.Sam, sessionId, text + " First addition.", revision);
        clock.Pass(NarrativeNote.CoalesceWindow);
        var second = await service.SaveDraftAsync(clinic.Sam, sessionId, text + " First addition. Second.", first.Revision);

        Assert.Equal((SaveStatus.Saved, revision + 1), (first.Status, first.Revision));
        Assert.Equal((SaveStatus.Saved, revision + 2), (second.Status, second.Revision));
        await using var db = clinic.Database.CreateContext();
        var note = await db.NarrativeNotes.AsNoTracking().Include(n => n.Versions).SingleAsync(n => n.SessionId == sessionId);
        Assert.Equal(text + " First addition. Second.", note.Text);
        Assert.Equal([text, text + " First addition.", text + " First addition. Second."], note.Versions.OrderBy(v => v.Revision).Select(v => v.Text));
    }

    [Fact]
    public async Task SaveBasedOnAnOlderRevision_IsAConflict_AndChangesNothing()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (sessionId, revision, text) = await clinic.DraftOfAsync(clinic.Sam);
        await service.SaveDraftAsync(clinic.Sam, sessionId, "Tab one's text.", revision);

        var stale = await service.SaveDraftAsync(clinic.Sam, sessionId, "Tab two's text.", revision);

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal("Tab one's text.", stale.ServerText);
        Assert.Equal(revision + 1, stale.Revision);
        Assert.Equal("Tab one's text.", (await service.GetAsync(clinic.Sam, sessionId))!.Note.Text);
        Assert.NotEqual(text, stale.ServerText);
    }

    [Fact]
    public async Task SimultaneousSaves_FromTheSameRevision_SaveOneAndReportTheOtherAsAConflict()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (sessionId, revision, _) = await clinic.DraftOfAsync(clinic.Sam);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => service.SaveDraftAsync(clinic.Sam, sessionId, $"Writer {i}", revision)));

        Assert.Single(results, r => r.Status == SaveStatus.Saved);
        Assert.All(results.Where(r => r.Status != SaveStatus.Saved), r => Assert.Equal(SaveStatus.Conflict, r.Status));
        var winner = results.Single(r => r.Status == SaveStatus.Saved);
        await using var db = clinic.Database.CreateContext();
        Assert.Equal(revision + 1, await db.NarrativeNoteVersions.Where(v => v.NoteId == db.NarrativeNotes.Single(n => n.SessionId == sessionId).Id).MaxAsync(v => v.Revision));
        Assert.Equal(winner.Revision, revision + 1);
    }

    [Fact]
    public async Task SignedNote_RejectsEdits_AndTakesAddenda()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (sessionId, revision, text) = await clinic.DraftOfAsync(clinic.Sam);

        var signed = await service.SignOffAsync(clinic.Sam, sessionId, revision);
        var edit = await service.SaveDraftAsync(clinic.Sam, sessionId, "Rewritten history.", revision);
        var addendum = await service.AddAddendumAsync(clinic.Sam, sessionId, "Correction: it was the right hip.");

        Assert.True(signed.Succeeded);
        Assert.Equal(SaveStatus.Refused, edit.Status);
        Assert.True(addendum.Succeeded);
        var page = (await service.GetAsync(clinic.Sam, sessionId))!;
        Assert.Equal(text, page.Note.Text);
        Assert.Equal(NoteStatus.Signed, page.Note.Status);
        Assert.Equal("Correction: it was the right hip.", Assert.Single(page.Note.Addenda).Text);
    }

    [Fact]
    public async Task SignedNote_CannotBeChangedOrDeleted_EvenDirectlyInTheDatabase()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (sessionId, revision, _) = await clinic.DraftOfAsync(clinic.Sam);
        await new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance).SignOffAsync(clinic.Sam, sessionId, revision);
        await using var db = clinic.Database.CreateContext();

        var update = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"NarrativeNotes\" SET \"Text\" = 'tampered' WHERE \"SessionId\" = {sessionId}"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"NarrativeNotes\" WHERE \"SessionId\" = {sessionId}"));
        var version = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"NarrativeNoteVersions\" SET \"Text\" = 'tampered'"));

        Assert.Contains("signed note cannot be changed", update.Message, StringComparison.Ordinal);
        Assert.Contains("signed note cannot be changed", delete.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", version.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public async Task BlankNarrative_IsAllowedAsADraft_ButRefusedAtSignOff(string blank)
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (sessionId, revision, _) = await clinic.DraftOfAsync(clinic.Sam);

        var saved = await service.SaveDraftAsync(clinic.Sam, sessionId, blank, revision);
        var signOff = await service.SignOffAsync(clinic.Sam, sessionId, saved.Revision);

        Assert.Equal(SaveStatus.Saved, saved.Status);
        Assert.False(signOff.Succeeded);
        Assert.Contains("empty narrative cannot be signed off", signOff.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverlongOrControlCharacterNarrative_IsRefused_AndNothingIsCut()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (sessionId, revision, text) = await clinic.DraftOfAsync(clinic.Sam);

        var overlong = await service.SaveDraftAsync(clinic.Sam, sessionId, new string('a', NarrativeNote.MaxLength + 1), revision);
        var control = await service.SaveDraftAsync(clinic.Sam, sessionId, "Pasted\0text", revision);
        var exact = await service.SaveDraftAsync(clinic.Sam, sessionId, new string('b', NarrativeNote.MaxLength), revision);

        Assert.Equal(SaveStatus.Refused, overlong.Status);
        Assert.Contains("100,000", overlong.Message, StringComparison.Ordinal);
        Assert.Equal(SaveStatus.Refused, control.Status);
        Assert.Equal(SaveStatus.Saved, exact.Status);
        Assert.Equal(NarrativeNote.MaxLength, (await service.GetAsync(clinic.Sam, sessionId))!.Note.Text.Length);
        Assert.NotEqual(NarrativeNote.MaxLength, text.Length);
    }

    [Fact]
    public async Task AnotherCliniciansSession_IsNotFound_ForReadingOrWriting()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var service = new NarrativeService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (priyasSession, revision, text) = await clinic.DraftOfAsync(clinic.Priya);

        Assert.Null(await service.GetAsync(clinic.Sam, priyasSession));
        Assert.Equal(SaveStatus.NotFound, (await service.SaveDraftAsync(clinic.Sam, priyasSession, "Intruder", revision)).Status);
        Assert.False((await service.SignOffAsync(clinic.Sam, priyasSession, revision)).Succeeded);
        Assert.Equal(text, (await service.GetAsync(clinic.Priya, priyasSession))!.Note.Text);
    }

    [Fact]
    public async Task History_ComparesTwoVersionsWordByWord()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var clock = new MovableClock();
        var service = new NarrativeService(clinic.Contexts, clock, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var (sessionId, revision, _) = await clinic.DraftOfAsync(clinic.Sam);
        var one = await service.SaveDraftAsync(clinic.Sam, sessionId, "Pain 7/10 on arrival.", revision);
        clock.Pass(NarrativeNote.CoalesceWindow);
        await service.SaveDraftAsync(clinic.Sam, sessionId, "Pain 6/10 on arrival, calmer.", one.Revision);

        var history = await new NoteHistoryService(clinic.Contexts, PainCare.Web.Features.Audit.NoAuditTrail.Instance).GetAsync(clinic.Sam, sessionId, from: null, to: null);

        Assert.NotNull(history);
        Assert.Equal(revision + 2, history.Versions.Count);
        Assert.Contains(new DiffSegment(DiffKind.Removed, "7/10"), history.Diff);
        Assert.Contains(history.Diff, s => s.Kind == DiffKind.Added && s.Text.Contains("calmer", StringComparison.Ordinal));
        Assert.Null(await new NoteHistoryService(clinic.Contexts, PainCare.Web.Features.Audit.NoAuditTrail.Instance).GetAsync(clinic.Priya, sessionId, null, null));
    }
}
