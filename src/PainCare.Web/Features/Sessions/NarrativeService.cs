using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Sessions;

/// <summary>
/// Reads a session's page and saves, signs and amends its narrative. Every method is scoped to the clinician's caseload
/// and is called again by every interactive handler, so a circuit never acts on a record it may not see.
/// </summary>
public sealed class NarrativeService(IDbContextFactory<PainCareDbContext> contextFactory, TimeProvider clock, IAuditTrail audit)
{
    public async Task<SessionPageModel?> GetAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var model = await GetCoreAsync(clinicianId, sessionId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForSession(AuditActions.SessionRead, clinicianId, sessionId, model is not null), cancellationToken);
        return model;
    }

    private async Task<SessionPageModel?> GetCoreAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var names = db.Users.Select(u => new { u.Id, u.DisplayName });
        return await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId)
            .Select(s => new SessionPageModel(
                s.Id,
                s.PatientId,
                PatientIdentity.DisplayNameOf(s.Patient.Identity.GivenName, s.Patient.Identity.FamilyName, s.Patient.Identity.PreferredName),
                s.StartsAt,
                s.DurationMinutes,
                s.Attendance,
                s.PainBefore,
                s.PainAfter,
                s.Note == null
                    ? new NoteView(string.Empty, NoteStatus.Draft, 0, null, null, null, Array.Empty<AddendumView>(), Array.Empty<ObservationView>())
                    : new NoteView(
                        s.Note.Text,
                        s.Note.Status,
                        s.Note.Revision,
                        s.Note.UpdatedAt,
                        s.Note.SignedAt,
                        names.Where(u => u.Id == s.Note.SignedById).Select(u => u.DisplayName).FirstOrDefault(),
                        s.Note.Addenda.OrderBy(a => a.CreatedAt)
                            .Select(a => new AddendumView(a.Id, a.Text, names.Where(u => u.Id == a.AuthorId).Select(u => u.DisplayName).First(), a.CreatedAt))
                            .ToList(),
                        s.Note.Observations.OrderBy(o => o.CreatedAt)
                            .Select(o => new ObservationView(o.Id, o.Kind, o.Aspect, o.Detail, o.Antecedent, o.SourceText, o.SourceStart))
                            .ToList())))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the draft if it is still based on the latest saved revision (<see cref="NarrativeNote.SaveDraft"/>); otherwise
    /// reports a conflict and saves nothing. Autosaves are audited once a minute (<see cref="AuditCoalescing"/>); a
    /// conflict's resolution always.
    /// </summary>
    public async Task<DraftSaveResult> SaveDraftAsync(
        string clinicianId, Guid sessionId, string text, int baseRevision, SaveKind kind = SaveKind.Autosave, CancellationToken cancellationToken = default)
    {
        var result = await SaveDraftCoreAsync(clinicianId, sessionId, text, baseRevision, kind, cancellationToken);
        var action = kind == SaveKind.ConflictResolution ? AuditActions.NoteConflictResolved : AuditActions.NoteSave;
        var outcome = result.Status switch { SaveStatus.Saved => AuditOutcomes.Succeeded, SaveStatus.NotFound => AuditOutcomes.NotFound, _ => AuditOutcomes.Failed };
        await audit.RecordAsync(new AuditEntry(action, outcome, clinicianId, AuditEntities.Session, sessionId.ToString()), cancellationToken);
        return result;
    }

    private async Task<DraftSaveResult> SaveDraftCoreAsync(
        string clinicianId, Guid sessionId, string text, int baseRevision, SaveKind kind = SaveKind.Autosave, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var note = await LoadOrCreateNoteAsync(db, clinicianId, sessionId, cancellationToken);
        if (note is null)
        {
            return DraftSaveResult.NotFound();
        }

        var now = clock.GetUtcNow();
        var outcome = note.SaveDraft(text, baseRevision, clinicianId, now, note.Versions.SingleOrDefault(), kind);
        if (outcome.Status != SaveStatus.Saved || !db.ChangeTracker.HasChanges())
        {
            return outcome.Status switch
            {
                SaveStatus.Refused => DraftSaveResult.Refused(outcome.Problem!),
                SaveStatus.Conflict => DraftSaveResult.Conflict(note.Revision, note.Text),
                _ => DraftSaveResult.Saved(note.Revision, note.UpdatedAt),
            };
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return DraftSaveResult.Saved(note.Revision, now);
        }
        catch (DbUpdateException ex)
        {
            return await AfterRefusedWriteAsync(sessionId, baseRevision, ex is DbUpdateConcurrencyException, cancellationToken);
        }
    }

    /// <summary>
    /// Tells a lost race (another save got in: a conflict, nothing lost) from a write the database refused (a check or a
    /// trigger): by the note's state after the failure, never by the exception's text.
    /// </summary>
    private async Task<DraftSaveResult> AfterRefusedWriteAsync(Guid sessionId, int baseRevision, bool concurrency, CancellationToken cancellationToken)
    {
        await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
        var current = await fresh.NarrativeNotes.AsNoTracking().Where(n => n.SessionId == sessionId)
            .Select(n => new { n.Revision, n.Text, n.Status }).SingleOrDefaultAsync(cancellationToken);
        return current switch
        {
            null => DraftSaveResult.NotFound(),
            { Status: NoteStatus.Signed } => DraftSaveResult.Refused(NarrativeNote.SignedIsFinal),
            _ when concurrency || current.Revision != baseRevision => DraftSaveResult.Conflict(current.Revision, current.Text),
            _ => DraftSaveResult.Refused(DraftSaveResult.WriteRefused),
        };
    }

    public async Task<SignOffResult> SignOffAsync(string clinicianId, Guid sessionId, int revision, CancellationToken cancellationToken = default)
    {
        var result = await SignOffCoreAsync(clinicianId, sessionId, revision, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.NoteSign, clinicianId, AuditEntities.Session, sessionId, result.Succeeded), cancellationToken);
        return result;
    }

    private async Task<SignOffResult> SignOffCoreAsync(string clinicianId, Guid sessionId, int revision, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var note = await VisibleNotes(db, clinicianId, sessionId).SingleOrDefaultAsync(cancellationToken);
        if ((note is null ? SignOffProblem.NothingWritten : note.Sign(clinicianId, clock.GetUtcNow(), revision)) is { } problem)
        {
            return SignOffResult.Refused(problem);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SignOffResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            // A save landed between our read and the write: the clinician must see that text before signing it.
            return SignOffResult.Refused(SignOffProblem.ChangedSinceSeen);
        }
    }

    public async Task<SignOffResult> AddAddendumAsync(string clinicianId, Guid sessionId, string text, CancellationToken cancellationToken = default)
    {
        var result = await AddAddendumCoreAsync(clinicianId, sessionId, text, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.NoteAddendum, clinicianId, AuditEntities.Session, sessionId, result.Succeeded), cancellationToken);
        return result;
    }

    private async Task<SignOffResult> AddAddendumCoreAsync(string clinicianId, Guid sessionId, string text, CancellationToken cancellationToken = default)
    {
        if (!NoteAddendum.IsWritable(text))
        {
            return new SignOffResult(false, $"Write the addendum (up to {NoteAddendum.MaxLength:N0} characters, no control characters).");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var note = await VisibleNotes(db, clinicianId, sessionId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (note is not { TakesAddenda: true })
        {
            return new SignOffResult(false, "Addenda are for signed notes; edit the draft instead.");
        }

        var now = clock.GetUtcNow();
        var last = await db.NoteAddenda.AsNoTracking().Where(a => a.NoteId == note.Id && a.AuthorId == clinicianId)
            .OrderByDescending(a => a.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (NoteAddendum.Repeats(last, text, now))
        {
            return SignOffResult.Done;
        }

        db.NoteAddenda.Add(new NoteAddendum { Id = Guid.CreateVersion7(), NoteId = note.Id, AuthorId = clinicianId, Text = text.Trim(), CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return SignOffResult.Done;
    }

    private static IQueryable<NarrativeNote> VisibleNotes(PainCareDbContext db, string clinicianId, Guid sessionId) =>
        db.NarrativeNotes.Where(n => n.SessionId == sessionId && db.Sessions.Any(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId));

    private async Task<NarrativeNote?> LoadOrCreateNoteAsync(PainCareDbContext db, string clinicianId, Guid sessionId, CancellationToken cancellationToken)
    {
        var note = await VisibleNotes(db, clinicianId, sessionId).SingleOrDefaultAsync(cancellationToken);
        if (note is not null)
        {
            // The newest version, which an autosave may carry forward (ADR 0220), by its own indexed query: a filtered
            // Include with Take(1) ranked every version of every note (850 ms a save on SQLite with 100,000 notes).
            await db.NarrativeNoteVersions.Where(v => v.NoteId == note.Id).OrderByDescending(v => v.Revision).Take(1).LoadAsync(cancellationToken);
            return note;
        }

        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        note = new NarrativeNote { Id = Guid.CreateVersion7(), SessionId = sessionId, AuthorId = clinicianId, CreatedAt = now, UpdatedAt = now };
        db.NarrativeNotes.Add(note);
        return note;
    }
}
