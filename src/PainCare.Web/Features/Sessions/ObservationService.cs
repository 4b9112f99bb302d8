using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Sessions;

public sealed record ObservationInput(ObservationKind Kind, string? Aspect, string Detail, string? Antecedent, string? SourceText, int? SourceStart);

/// <summary>Structured observations on a draft narrative: minute particulars, safety cues, own words, connection, strain.</summary>
public sealed class ObservationService(IDbContextFactory<PainCareDbContext> contextFactory, TimeProvider clock, IAuditTrail audit)
{
    /// <summary>Null on success; otherwise what to fix, in words for the clinician.</summary>
    public async Task<string?> AddAsync(string clinicianId, Guid sessionId, ObservationInput input, CancellationToken cancellationToken = default)
    {
        var problem = await AddCoreAsync(clinicianId, sessionId, input, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.ObservationAdd, clinicianId, AuditEntities.Session, sessionId, problem is null), cancellationToken);
        return problem;
    }

    private async Task<string?> AddCoreAsync(string clinicianId, Guid sessionId, ObservationInput input, CancellationToken cancellationToken = default)
    {
        if (Validate(input) is { } problem)
        {
            return problem;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var note = await DraftNotes(db, clinicianId, sessionId).Select(n => new { n.Id }).SingleOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            return "Save a few words of the narrative first, then add observations to it.";
        }

        db.Observations.Add(ObservationRules.Record(
            note.Id, input.Kind, input.Aspect, input.Detail, input.Antecedent, input.SourceText, input.SourceStart, clinicianId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>False when nothing was removed: the note was signed meanwhile, or the observation is gone or not on this caseload.</summary>
    public async Task<bool> RemoveAsync(string clinicianId, Guid sessionId, Guid observationId, CancellationToken cancellationToken = default)
    {
        var removed = await RemoveCoreAsync(clinicianId, sessionId, observationId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.ObservationRemove, clinicianId, AuditEntities.Observation, observationId, removed), cancellationToken);
        return removed;
    }

    private async Task<bool> RemoveCoreAsync(string clinicianId, Guid sessionId, Guid observationId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var noteIds = DraftNotes(db, clinicianId, sessionId).Select(n => n.Id);
        return await db.Observations.Where(o => o.Id == observationId && noteIds.Contains(o.NoteId)).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static IQueryable<NarrativeNote> DraftNotes(PainCareDbContext db, string clinicianId, Guid sessionId) =>
        db.NarrativeNotes.Where(n => n.SessionId == sessionId && n.Status == NoteStatus.Draft
            && db.Sessions.Any(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId));

    private static string? Validate(ObservationInput input) =>
        ObservationRules.Check(input.Kind, input.Aspect, input.Detail, input.Antecedent, input.SourceText);
}
