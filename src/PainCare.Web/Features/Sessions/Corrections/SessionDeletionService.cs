using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Sessions.Corrections;

/// <summary>
/// Deletes a session recorded by mistake, only while nothing clinical hangs from it (<see cref="Session.CanBeDeleted"/>,
/// ADR 0290): its empty draft note goes with it, and the audit trail keeps the row that says it was deleted, and by whom.
/// </summary>
public sealed class SessionDeletionService(IDbContextFactory<PainCareDbContext> contextFactory, IAuditTrail audit)
{
    /// <summary>Null for a session not on this caseload.</summary>
    public async Task<DeletionCheck?> CheckAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await CheckAsync(db, clinicianId, sessionId, cancellationToken);
    }

    public async Task<DeletionResult> DeleteAsync(string clinicianId, Guid sessionId, uint seenVersion, CancellationToken cancellationToken = default)
    {
        var result = await DeleteOnceAsync(clinicianId, sessionId, seenVersion, cancellationToken);
        var outcome = result.Status switch
        {
            DeletionStatus.Deleted => AuditOutcomes.Succeeded,
            DeletionStatus.NotFound => AuditOutcomes.NotFound,
            DeletionStatus.Refused => AuditOutcomes.Denied,
            _ => AuditOutcomes.Failed,
        };
        await audit.RecordAsync(new AuditEntry(AuditActions.SessionDelete, outcome, clinicianId, AuditEntities.Session, sessionId.ToString()), cancellationToken);
        return result;
    }

    private static async Task<DeletionResult> DeleteWithinAsync(PainCareDbContext db, string clinicianId, Guid sessionId, uint seenVersion, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(db, clinicianId, sessionId, cancellationToken);
        if (check is null)
        {
            return new DeletionResult(DeletionStatus.NotFound);
        }

        if (check.Refusal is { } refusal)
        {
            return new DeletionResult(DeletionStatus.Refused, refusal);
        }

        if (check.Version != seenVersion)
        {
            return new DeletionResult(DeletionStatus.Conflict);
        }

        var session = await db.Sessions.Include(s => s.Note).SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (session.Note is { } note)
        {
            db.NarrativeNotes.Remove(note);
        }

        db.Sessions.Remove(session);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A note saved, an observation or a rating added between the check and the delete: the foreign keys and the
            // concurrency tokens refuse the delete, and the session stays as it now is.
            return new DeletionResult(DeletionStatus.Conflict);
        }

        return new DeletionResult(DeletionStatus.Deleted, PatientId: session.PatientId);
    }

    private async Task<DeletionResult> DeleteOnceAsync(string clinicianId, Guid sessionId, uint seenVersion, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await DeleteWithinAsync(db, clinicianId, sessionId, seenVersion, cancellationToken);
    }

    private static async Task<DeletionCheck?> CheckAsync(PainCareDbContext db, string clinicianId, Guid sessionId, CancellationToken cancellationToken)
    {
        var row = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId)
            .Select(s => new
            {
                s.PatientId,
                s.StartsAt,
                s.Version,
                NoteSigned = s.Note != null && s.Note.Status == NoteStatus.Signed,
                NarrativeSaved = s.Note != null && (s.Note.Revision > 0 || db.NarrativeNoteVersions.Any(v => v.NoteId == s.Note.Id)),
                HasObservations = s.Note != null && db.Observations.Any(o => o.NoteId == s.Note.Id),
                HasRatings = s.Ratings.Any(),
                HasReflectionAnswers = db.ReflectionResponses.Any(r => r.SessionId == s.Id),
                HasRatingLinks = db.RatingLinks.Any(l => l.SessionId == s.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        // Vignette sources list their sessions in an array column; a patient has few vignettes, so they are read whole.
        var sources = await db.VignetteSources.AsNoTracking().Where(v => v.PatientId == row.PatientId).Select(v => v.SessionIds).ToListAsync(cancellationToken);
        var dependants = new SessionDependants(
            row.NoteSigned, row.NarrativeSaved, row.HasObservations, row.HasRatings, row.HasReflectionAnswers, row.HasRatingLinks,
            sources.Any(ids => ids.Contains(sessionId)));
        return new DeletionCheck(Session.CanBeDeleted(dependants), row.StartsAt, row.Version);
    }
}
