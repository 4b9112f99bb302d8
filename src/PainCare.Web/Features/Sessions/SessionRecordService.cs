using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Sessions;
using PainCare.Web.Components;

namespace PainCare.Web.Features.Sessions;

/// <summary>Records a session and its narrative (as a draft) for a patient on the clinician's caseload, in one transaction.</summary>
public sealed class SessionRecordService(IDbContextFactory<PainCareDbContext> contextFactory, ClinicClock clinicClock, TimeProvider clock)
{
    /// <summary>The patient's name for the form's heading; null (no form) for a patient not on this clinician's caseload.</summary>
    public async Task<string?> PatientNameAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
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
            Text = input.Narrative ?? string.Empty,
            Status = NoteStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedById = clinicianId,
        };
        if (session.Note.Text.Length > 0)
        {
            // The form's narrative is the note's first saved version, as an editor save would be: in the history, and
            // revision 1 (revision 0 means nothing has been written, and the editor said so).
            session.Note.Revision = 1;
            db.NarrativeNoteVersions.Add(new NarrativeNoteVersion { NoteId = session.Note.Id, Revision = 1, Text = session.Note.Text, SavedById = clinicianId, SavedAt = now });
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
