using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Narratives;
using PainCare.Testing;

namespace PainCare.BrowserTests;

/// <summary>Looks up seeded records in a test server's database, so tests need not click through to find them.</summary>
public static class ClinicData
{
    /// <summary>The draft (unsigned) narrative session of the seeded patient with this given name.</summary>
    public static async Task<Guid> DraftSessionOfAsync(AppServer server, string givenName)
    {
        await using var db = server.Database.CreateContext();
        return await db.NarrativeNotes.AsNoTracking()
            .Where(n => n.Status == NoteStatus.Draft && db.Sessions.Any(s => s.Id == n.SessionId && s.Patient.Identity.GivenName == givenName))
            .Select(n => n.SessionId)
            .FirstAsync();
    }

    /// <summary>
    /// A new session with an empty draft note for one of this clinician's patients, for a test that needs a draft no other
    /// test touches (browser tests share one server).
    /// </summary>
    public static async Task<Guid> NewDraftSessionAsync(AppServer server, string clinicianEmail)
    {
        await using var db = server.Database.CreateContext();
        var clinician = await db.Users.Where(u => u.Email == clinicianEmail).Select(u => u.Id).SingleAsync();
        var patient = await db.Patients.Where(p => p.ClinicianId == clinician).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var session = new Domain.Sessions.Session
        {
            Id = Guid.CreateVersion7(),
            PatientId = patient,
            ClinicianId = clinician,
            StartsAt = now.AddHours(-2),
            DurationMinutes = 45,
            Attendance = Domain.Sessions.Attendance.Attended,
        };
        session.Note = new NarrativeNote
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            AuthorId = clinician,
            Text = string.Empty,
            Status = NoteStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    public static async Task<string> NoteTextAsync(AppServer server, Guid sessionId)
    {
        await using var db = server.Database.CreateContext();
        return await db.NarrativeNotes.AsNoTracking().Where(n => n.SessionId == sessionId).Select(n => n.Text).SingleAsync();
    }

    /// <summary>Polls the database until the note text satisfies the condition (saves are asynchronous by design).</summary>
    public static async Task<string> WaitForNoteAsync(AppServer server, Guid sessionId, Func<string, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string text;
        do
        {
            text = await NoteTextAsync(server, sessionId);
            if (condition(text))
            {
                return text;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"The note never reached the expected state; it holds {text.Length} characters.");
    }
}
