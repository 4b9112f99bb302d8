using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Performance;

/// <summary>Rows written straight into a test database, to make a page's lists longer without going through its forms.</summary>
internal static partial class ClinicRows
{
    private static readonly DateTimeOffset _firstSession = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static async Task<string> UserIdAsync(TestDatabase database, string email)
    {
        await using var db = database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A new active patient with <paramref name="sessions"/> attended, rated sessions with signed notes.</summary>
    public static async Task<Guid> AddPatientAsync(TestDatabase database, string clinicianId, int sessions)
    {
        var id = Guid.CreateVersion7();
        await using var db = database.CreateContext();
        db.Patients.Add(new Patient
        {
            Id = id,
            ClinicianId = clinicianId,
            CreatedAt = _firstSession,
            NextStep = "Review the walking programme",
            Identity = new PatientIdentity { PatientId = id, GivenName = "Growth", FamilyName = $"Row{id:N}"[..12], DateOfBirth = new DateOnly(1970, 1, 1) },
        });
        await db.SaveChangesAsync();
        await AddSessionsAsync(database, id, sessions);
        return id;
    }

    /// <summary>
    /// Appends attended, rated sessions (patient and clinician ratings, a note with one version) to a patient. The notes are
    /// signed, except the newest when <paramref name="draftLast"/> is set (a signed note cannot be reopened).
    /// </summary>
    public static async Task AddSessionsAsync(TestDatabase database, Guid patientId, int count, string words = "talked about sleep", bool draftLast = false)
    {
        await using var db = database.CreateContext();
        var clinicianId = await db.Patients.Where(p => p.Id == patientId).Select(p => p.ClinicianId).SingleAsync();
        var latest = await db.Sessions.Where(s => s.PatientId == patientId).MaxAsync(s => (DateTimeOffset?)s.StartsAt) ?? _firstSession;
        for (var i = 1; i <= count; i++)
        {
            var session = new Session
            {
                Id = Guid.CreateVersion7(),
                PatientId = patientId,
                ClinicianId = clinicianId,
                StartsAt = latest.AddDays(7 * i),
                DurationMinutes = 45,
                Attendance = Attendance.Attended,
                PainBefore = 6,
                PainAfter = 4,
            };
            var text = $"Session {i}: we walked the corridor twice and {words}.";
            session.Note = new NarrativeNote
            {
                Id = Guid.CreateVersion7(),
                SessionId = session.Id,
                AuthorId = clinicianId,
                Text = text,
                Status = draftLast && i == count ? NoteStatus.Draft : NoteStatus.Signed,
                CreatedAt = session.StartsAt,
                UpdatedAt = session.StartsAt,
                SignedAt = draftLast && i == count ? null : session.StartsAt,
                SignedById = draftLast && i == count ? null : clinicianId,
                Revision = 1,
                Versions = [new NarrativeNoteVersion { Revision = 1, Text = text, SavedById = clinicianId, SavedAt = session.StartsAt }],
            };
            session.Ratings = [Rating(session, RaterRole.Patient, "paincare-checkin"), Rating(session, RaterRole.Clinician, "paincare-checkin-clinician")];
            db.Sessions.Add(session);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The patient's sessions, newest first.</summary>
    public static async Task<IReadOnlyList<Guid>> SessionsAsync(TestDatabase database, Guid patientId)
    {
        await using var db = database.CreateContext();
        return await db.Sessions.Where(s => s.PatientId == patientId).OrderByDescending(s => s.StartsAt).Select(s => s.Id).ToListAsync();
    }

    /// <summary>Further saved versions of the session's draft note, by its author, the last becoming the note's revision.</summary>
    public static async Task AddVersionsAsync(TestDatabase database, Guid sessionId, int count)
    {
        await using var db = database.CreateContext();
        var note = await db.NarrativeNotes.SingleAsync(n => n.SessionId == sessionId);
        for (var i = 1; i <= count; i++)
        {
            note.Revision++;
            note.Text += $" Added in revision {note.Revision}.";
            db.NarrativeNoteVersions.Add(new NarrativeNoteVersion { NoteId = note.Id, Revision = note.Revision, Text = note.Text, SavedById = note.AuthorId, SavedAt = note.UpdatedAt.AddMinutes(i) });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Addenda, observations and answered, pinned and dismissed reflection responses on the session's note.</summary>
    public static async Task AddNoteDetailsAsync(TestDatabase database, Guid sessionId, int count)
    {
        await using var db = database.CreateContext();
        var note = await db.NarrativeNotes.AsNoTracking().SingleAsync(n => n.SessionId == sessionId);
        for (var i = 0; i < count; i++)
        {
            var at = note.UpdatedAt.AddMinutes(i + 1);
            db.NoteAddenda.Add(new NoteAddendum { Id = Guid.CreateVersion7(), NoteId = note.Id, AuthorId = note.AuthorId, Text = $"Addendum {i}.", CreatedAt = at });
            db.Observations.Add(new Observation { Id = Guid.CreateVersion7(), NoteId = note.Id, Kind = ObservationKind.OwnWords, Detail = $"Said {i}.", CreatedAt = at, AuthorId = note.AuthorId });
            db.ReflectionResponses.Add(new ReflectionResponse
            {
                Id = Guid.CreateVersion7(),
                SessionId = sessionId,
                RuleId = $"growth-rule-{Guid.NewGuid():N}",
                Category = "growth",
                PromptText = "What did you notice?",
                Answer = i % 3 == 0 ? "Noticed it." : null,
                IsPinned = i % 3 == 1,
                IsDismissed = i % 3 == 2,
                DismissReason = i % 3 == 2 ? "Not relevant here." : null,
                AuthorId = note.AuthorId,
                UpdatedAt = at,
            });
        }

        await db.SaveChangesAsync();
    }

    private static AllianceRating Rating(Session session, RaterRole rater, string instrument) => new()
    {
        Id = Guid.CreateVersion7(),
        SessionId = session.Id,
        InstrumentId = instrument,
        InstrumentVersion = "1",
        Rater = rater,
        ItemScores = [4, 4, 4, 4, 4, 4],
        RatedAt = session.StartsAt.AddMinutes(45),
    };
}
