using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;

namespace PainCare.Web.Features.Sessions;

/// <summary>
/// Reads a session's page and saves, signs and amends its narrative. Every method is scoped to the clinician's caseload
/// and is called again by every interactive handler, so a circuit never acts on a record it may not see.
/// </summary>
public sealed class NarrativeService(IDbContextFactory<PainCareDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>How soon an identical addendum counts as the same one posted twice.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromSeconds(30);

    public async Task<SessionPageModel?> GetAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
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

    /// <summary>Saves the draft if it is still based on the latest saved revision; otherwise reports a conflict and saves nothing.</summary>
    public async Task<DraftSaveResult> SaveDraftAsync(string clinicianId, Guid sessionId, string text, int baseRevision, CancellationToken cancellationToken = default)
    {
        if (NarrativeRules.Check(text) is { } problem)
        {
            return DraftSaveResult.Refused(problem);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var note = await LoadOrCreateNoteAsync(db, clinicianId, sessionId, cancellationToken);
        if (note is null)
        {
            return DraftSaveResult.NotFound();
        }

        if (note.Status == NoteStatus.Signed)
        {
            return DraftSaveResult.Refused("This note has been signed off and can no longer be edited. Add an addendum instead.");
        }

        if (note.Revision != baseRevision)
        {
            return DraftSaveResult.Conflict(note.Revision, note.Text);
        }

        if (note.Text == text && note.Revision > 0)
        {
            return DraftSaveResult.Saved(note.Revision, note.UpdatedAt);
        }

        var now = clock.GetUtcNow();
        note.Text = text;
        note.Revision++;
        note.UpdatedAt = now;
        note.UpdatedById = clinicianId;
        db.NarrativeNoteVersions.Add(new NarrativeNoteVersion { NoteId = note.Id, Revision = note.Revision, Text = text, SavedById = clinicianId, SavedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return DraftSaveResult.Saved(note.Revision, now);
        }
        catch (DbUpdateException)
        {
            // Another writer got in between our read and write (xmin changed, or the revision is taken): report, lose nothing.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var current = await fresh.NarrativeNotes.AsNoTracking().SingleAsync(n => n.Id == note.Id, cancellationToken);
            return DraftSaveResult.Conflict(current.Revision, current.Text);
        }
    }

    public async Task<SignOffResult> SignOffAsync(string clinicianId, Guid sessionId, int revision, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var note = await VisibleNotes(db, clinicianId, sessionId).SingleOrDefaultAsync(cancellationToken);
        if (note is null || note.Status == NoteStatus.Signed)
        {
            return new SignOffResult(false, note is null ? "There is no narrative to sign off yet." : "This note is already signed off.");
        }

        if (string.IsNullOrWhiteSpace(note.Text))
        {
            return new SignOffResult(false, "An empty narrative cannot be signed off. Write what happened in the session first.");
        }

        if (note.Revision != revision)
        {
            return new SignOffResult(false, "The narrative changed since it was last saved here. Check the latest text, then sign off.");
        }

        note.Status = NoteStatus.Signed;
        note.SignedAt = clock.GetUtcNow();
        note.SignedById = clinicianId;
        await db.SaveChangesAsync(cancellationToken);
        return new SignOffResult(true, null);
    }

    public async Task<SignOffResult> AddAddendumAsync(string clinicianId, Guid sessionId, string text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > NoteAddendum.MaxLength || NarrativeRules.Check(text) is not null)
        {
            return new SignOffResult(false, $"Write the addendum (up to {NoteAddendum.MaxLength:N0} characters, no control characters).");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var note = await VisibleNotes(db, clinicianId, sessionId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (note is not { Status: NoteStatus.Signed })
        {
            return new SignOffResult(false, "Addenda are for signed notes; edit the draft instead.");
        }

        // The same words from the same author moments after the last addendum are that addendum posted twice (a double
        // click, a resent form): answer as if added, add nothing.
        var trimmed = text.Trim();
        var now = clock.GetUtcNow();
        var last = await db.NoteAddenda.AsNoTracking().Where(a => a.NoteId == note.Id && a.AuthorId == clinicianId)
            .OrderByDescending(a => a.CreatedAt).Select(a => new { a.Text, a.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        if (last is not null && last.Text == trimmed && now - last.CreatedAt < RepeatWindow)
        {
            return new SignOffResult(true, null);
        }

        db.NoteAddenda.Add(new NoteAddendum { Id = Guid.CreateVersion7(), NoteId = note.Id, AuthorId = clinicianId, Text = trimmed, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return new SignOffResult(true, null);
    }

    private static IQueryable<NarrativeNote> VisibleNotes(PainCareDbContext db, string clinicianId, Guid sessionId) =>
        db.NarrativeNotes.Where(n => n.SessionId == sessionId && db.Sessions.Any(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId));

    private async Task<NarrativeNote?> LoadOrCreateNoteAsync(PainCareDbContext db, string clinicianId, Guid sessionId, CancellationToken cancellationToken)
    {
        var note = await VisibleNotes(db, clinicianId, sessionId).SingleOrDefaultAsync(cancellationToken);
        if (note is not null || !await db.Sessions.AnyAsync(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId, cancellationToken))
        {
            return note;
        }

        var now = clock.GetUtcNow();
        note = new NarrativeNote { Id = Guid.CreateVersion7(), SessionId = sessionId, AuthorId = clinicianId, CreatedAt = now, UpdatedAt = now };
        db.NarrativeNotes.Add(note);
        return note;
    }
}
