using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Audit;
using PainCare.Web.Features.Shared;

namespace PainCare.Web.Features.Sessions.Corrections;

/// <summary>
/// Corrects a session's facts in place, audited by the names of the fields that changed (ADR 0290). The rules are the
/// Domain's (<see cref="Session.Correct"/>); the session's <c>Version</c> token refuses a stale form on both engines.
/// </summary>
public sealed class SessionCorrectionService(IDbContextFactory<PainCareDbContext> contextFactory, ClinicClock clinicClock, IAuditTrail audit)
{
    public async Task<SessionCorrectionForm?> GetFormAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId)
            .Select(s => new { s.StartsAt, s.DurationMinutes, s.Attendance, s.PainBefore, s.PainAfter, s.Version })
            .SingleOrDefaultAsync(cancellationToken);
        await audit.RecordAsync(AuditEntry.ForSession(AuditActions.SessionRead, clinicianId, sessionId, session is not null), cancellationToken);
        if (session is null)
        {
            return null;
        }

        var local = clinicClock.ToClinicTime(session.StartsAt);
        return new SessionCorrectionForm(
            DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime), session.DurationMinutes, session.Attendance,
            session.PainBefore, session.PainAfter, session.Version);
    }

    public async Task<CorrectionResult> CorrectAsync(string clinicianId, Guid sessionId, SessionCorrectionInput input, CancellationToken cancellationToken = default)
    {
        var result = await CorrectOnceAsync(clinicianId, sessionId, input, cancellationToken);
        if (result.Status == CorrectionStatus.Corrected)
        {
            foreach (var field in result.Changed ?? [])
            {
                await audit.RecordAsync(new AuditEntry(ActionFor(field), AuditOutcomes.Succeeded, clinicianId, AuditEntities.Session, sessionId.ToString()), cancellationToken);
            }
        }
        else
        {
            var outcome = result.Status == CorrectionStatus.NotFound ? AuditOutcomes.NotFound : AuditOutcomes.Failed;
            await audit.RecordAsync(new AuditEntry(AuditActions.SessionCorrect, outcome, clinicianId, AuditEntities.Session, sessionId.ToString()), cancellationToken);
        }

        return result;
    }

    private async Task<CorrectionResult> CorrectOnceAsync(string clinicianId, Guid sessionId, SessionCorrectionInput input, CancellationToken cancellationToken)
    {
        if (input.Date > clinicClock.Today)
        {
            return new CorrectionResult(CorrectionStatus.FutureDate);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId, cancellationToken);
        if (session is null)
        {
            return new CorrectionResult(CorrectionStatus.NotFound);
        }

        if (session.Version != input.SeenVersion)
        {
            return new CorrectionResult(CorrectionStatus.Conflict);
        }

        var note = await db.NarrativeNotes.AsNoTracking()
            .Where(n => n.SessionId == sessionId)
            .Select(n => new { Signed = n.Status == NoteStatus.Signed, HasNarrative = n.Text.Trim() != string.Empty })
            .SingleOrDefaultAsync(cancellationToken);
        var details = new SessionDetails(
            clinicClock.FromClinicTime(input.Date, input.StartTime), input.DurationMinutes, input.Attendance, input.PainBefore, input.PainAfter);
        var correction = session.Correct(details, note?.Signed ?? false, note?.HasNarrative ?? false);
        if (!correction.Succeeded)
        {
            return new CorrectionResult(CorrectionStatus.Refused, correction.Refusal);
        }

        if (correction.Changed.Count == 0)
        {
            return new CorrectionResult(CorrectionStatus.Corrected, Changed: []);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CorrectionResult(CorrectionStatus.Conflict);
        }

        return new CorrectionResult(CorrectionStatus.Corrected, Changed: correction.Changed);
    }

    private static string ActionFor(SessionField field) => field switch
    {
        SessionField.StartsAt => AuditActions.SessionCorrectTime,
        SessionField.Duration => AuditActions.SessionCorrectDuration,
        SessionField.Attendance => AuditActions.SessionCorrectAttendance,
        SessionField.PainBefore => AuditActions.SessionCorrectPainBefore,
        _ => AuditActions.SessionCorrectPainAfter,
    };
}
