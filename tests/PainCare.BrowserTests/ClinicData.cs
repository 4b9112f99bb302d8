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
