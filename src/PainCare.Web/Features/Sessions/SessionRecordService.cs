using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;
using PainCare.Web.Components;

namespace PainCare.Web.Features.Sessions;

/// <summary>Records a session and its narrative (as a draft) for a patient on the clinician's caseload, in one transaction.</summary>
public sealed class SessionRecordService(IDbContextFactory<PainCareDbContext> contextFactory, ClinicClock clinicClock, TimeProvider clock)
{
    /// <summary>Whether the form may be shown at all: a patient not on this caseload does not exist for this clinician.</summary>
    public async Task<bool> IsOnCaseloadAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Patients.AnyAsync(p => p.Id == patientId && p.ClinicianId == clinicianId, cancellationToken);
    }

    /// <summary>The new session's id, or null when the patient is not on this clinician's caseload.</summary>
    public async Task<Guid?> RecordAsync(string clinicianId, Guid patientId, SessionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Patients.AnyAsync(p => p.Id == patientId && p.ClinicianId == clinicianId, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            PatientId = patientId,
            ClinicianId = clinicianId,
            StartsAt = clinicClock.FromClinicTime(input.Date!.Value, input.StartTime!.Value),
            DurationMinutes = input.DurationMinutes,
            Attendance = input.Attendance,
            PainBefore = input.PainBefore,
            PainAfter = input.PainAfter,
        };
        session.Note = new NarrativeNote
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            AuthorId = clinicianId,
            Text = input.Narrative ?? string.Empty,
            Status = NoteStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }
}
