using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Audit;
using PainCare.Web.Features.Shared;

namespace PainCare.Web.Features.Sessions;

/// <summary>Records a session and its narrative (as a draft) for a patient on the clinician's caseload, in one transaction.</summary>
public sealed class SessionRecordService(IDbContextFactory<PainCareDbContext> contextFactory, ClinicClock clinicClock, TimeProvider clock, IAuditTrail audit)
{
    /// <summary>The patient's name for the form's heading; null (no form) for a patient not on this clinician's caseload.</summary>
    public async Task<string?> PatientNameAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        var name = await PatientNameCoreAsync(clinicianId, patientId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForPatient(AuditActions.PatientRead, clinicianId, patientId, name is not null), cancellationToken);
        return name;
    }

    private async Task<string?> PatientNameCoreAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Patients.AsNoTracking()
            .Where(p => p.Id == patientId && p.ClinicianId == clinicianId)
            .Select(p => PatientIdentity.DisplayNameOf(p.Identity.GivenName, p.Identity.FamilyName, p.Identity.PreferredName))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The new session's id; or not found (the patient is not on this caseload); or why its facts were refused.</summary>
    public async Task<SessionRecordResult> RecordAsync(string clinicianId, Guid patientId, SessionInput input, CancellationToken cancellationToken = default)
    {
        var result = await RecordCoreAsync(clinicianId, patientId, input, cancellationToken);
        await audit.RecordAsync(
            result.SessionId is { } sessionId
                ? AuditEntry.ForSession(AuditActions.SessionCreate, clinicianId, sessionId, found: true)
                : AuditEntry.ForPatient(AuditActions.SessionCreate, clinicianId, patientId, found: false),
            cancellationToken);
        return result;
    }

    private async Task<SessionRecordResult> RecordCoreAsync(string clinicianId, Guid patientId, SessionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Patients.AnyAsync(p => p.Id == patientId && p.ClinicianId == clinicianId, cancellationToken))
        {
            return SessionRecordResult.NotFound;
        }

        var now = clock.GetUtcNow();
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            PatientId = patientId,
            ClinicianId = clinicianId,
            StartsAt = clinicClock.FromClinicTime(input.Date!.Value, input.StartTime!.Value),
            DurationMinutes = input.DurationMinutes,
        };
        if (session.RecordFacts(input.Attendance, input.PainBeforeScore, input.PainAfterScore) is { } problem)
        {
            return new SessionRecordResult(null, problem);
        }

        session.Note = new NarrativeNote
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            AuthorId = clinicianId,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedById = clinicianId,
        };
        if (input.Narrative is { Length: > 0 } narrative)
        {
            // The form's narrative is the note's first saved version, as an editor save would be: in the history, and
            // revision 1 (revision 0 means nothing has been written, and the editor said so).
            if (session.Note.SaveDraft(narrative, fromRevision: 0, clinicianId, now).Status != SaveStatus.Saved)
            {
                // The form's validation applies the same narrative rules first; storing the session without its words
                // would lose them, so stop (the form's copy on the device keeps them).
                throw new InvalidOperationException("The session form accepted a narrative that the note refuses.");
            }
        }

        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new SessionRecordResult(session.Id, null);
    }
}

/// <summary>Neither set: the patient is not on this caseload.</summary>
public sealed record SessionRecordResult(Guid? SessionId, SessionFactsProblem? Problem)
{
    public static SessionRecordResult NotFound { get; } = new(null, null);
}
