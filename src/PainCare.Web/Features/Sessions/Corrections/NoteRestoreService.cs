using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Sessions.Corrections;

/// <summary>
/// Brings an earlier version of a draft narrative back as its newest version (<see cref="VersionRestore.Restore"/>, ADR
/// 0290). The history is only ever added to; the note's revision moves on, so an editor still open elsewhere gets the
/// ordinary conflict on its next save.
/// </summary>
public sealed class NoteRestoreService(IDbContextFactory<PainCareDbContext> contextFactory, TimeProvider clock, IAuditTrail audit)
{
    /// <summary>Null for a session not on this caseload, or one without a note.</summary>
    public async Task<DraftState?> GetStateAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.NarrativeNotes.AsNoTracking()
            .Where(n => n.SessionId == sessionId && db.Sessions.Any(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId))
            .Select(n => new DraftState(n.Status == NoteStatus.Signed, n.Revision))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<RestoreResult> RestoreAsync(string clinicianId, Guid sessionId, int revision, int seenRevision, CancellationToken cancellationToken = default)
    {
        var result = await RestoreOnceAsync(clinicianId, sessionId, revision, seenRevision, cancellationToken);
        var outcome = result.Outcome switch
        {
            RestoreOutcome.Restored => AuditOutcomes.Succeeded,
            null => AuditOutcomes.NotFound,
            RestoreOutcome.Signed => AuditOutcomes.Denied,
            _ => AuditOutcomes.Failed,
        };
        await audit.RecordAsync(new AuditEntry(AuditActions.NoteRestore, outcome, clinicianId, AuditEntities.Session, sessionId.ToString()), cancellationToken);
        return result;
    }

    private async Task<RestoreResult> RestoreOnceAsync(string clinicianId, Guid sessionId, int revision, int seenRevision, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var note = await db.NarrativeNotes
            .SingleOrDefaultAsync(n => n.SessionId == sessionId && db.Sessions.Any(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId), cancellationToken);
        var earlier = note is null
            ? null
            : await db.NarrativeNoteVersions.AsNoTracking().SingleOrDefaultAsync(v => v.NoteId == note.Id && v.Revision == revision, cancellationToken);
        if (note is null || earlier is null)
        {
            return RestoreResult.NotFound;
        }

        var outcome = note.Restore(earlier, seenRevision, clinicianId, clock.GetUtcNow());
        if (outcome != RestoreOutcome.Restored)
        {
            return new RestoreResult(outcome, note.Revision);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took this revision first (the note's token or the unique revision index refused it).
            return new RestoreResult(RestoreOutcome.ChangedSinceSeen, seenRevision);
        }

        return new RestoreResult(RestoreOutcome.Restored, note.Revision);
    }
}
