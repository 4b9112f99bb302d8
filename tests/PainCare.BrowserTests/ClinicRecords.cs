using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Narratives;
using PainCare.Domain.Vignettes;
using PainCare.Testing;

namespace PainCare.BrowserTests;

/// <summary>Records the walkthrough-defect tests start from, written straight to a test server's database.</summary>
public static class ClinicRecords
{
    public sealed record PatientRef(Guid Id, string Name);

    /// <summary>A seeded patient of this clinician, with the name the app shows for them.</summary>
    public static async Task<PatientRef> PatientOfAsync(AppServer server, string clinicianEmail)
    {
        await using var db = server.Database.CreateContext();
        var clinician = await db.Users.Where(u => u.Email == clinicianEmail).Select(u => u.Id).SingleAsync();
        return await db.Patients.Where(p => p.ClinicianId == clinician).OrderBy(p => p.Id)
            .Select(p => new PatientRef(p.Id, (p.Identity.PreferredName ?? p.Identity.GivenName) + " " + p.Identity.FamilyName))
            .FirstAsync();
    }

    /// <summary>A new session whose note is signed off with this text, for a test of addenda.</summary>
    public static async Task<Guid> SignedSessionAsync(AppServer server, string clinicianEmail, string text)
    {
        var sessionId = await ClinicData.NewDraftSessionAsync(server, clinicianEmail);
        await using var db = server.Database.CreateContext();
        var note = await db.NarrativeNotes.SingleAsync(n => n.SessionId == sessionId);
        (note.Text, note.Status, note.Revision, note.SignedAt, note.SignedById) = (text, NoteStatus.Signed, 1, DateTimeOffset.UtcNow, note.AuthorId);
        await db.SaveChangesAsync();
        return sessionId;
    }

    public static async Task<string[]> AddendaAsync(AppServer server, Guid sessionId)
    {
        await using var db = server.Database.CreateContext();
        return await db.NoteAddenda.AsNoTracking().Where(a => db.NarrativeNotes.Any(n => n.Id == a.NoteId && n.SessionId == sessionId)).OrderBy(a => a.CreatedAt).Select(a => a.Text).ToArrayAsync();
    }

    /// <summary>A vignette submitted by one clinician to one supervisor, ready for discussion.</summary>
    public static async Task<Guid> SubmittedVignetteAsync(AppServer server, string authorEmail, string supervisorEmail)
    {
        await using var db = server.Database.CreateContext();
        var author = await db.Users.Where(u => u.Email == authorEmail).Select(u => u.Id).SingleAsync();
        var supervisor = await db.Users.Where(u => u.Email == supervisorEmail).Select(u => u.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        var vignette = new Vignette
        {
            Id = Guid.CreateVersion7(),
            AuthorId = author,
            SupervisorId = supervisor,
            Title = "A first meeting",
            Text = "She arrived early and sat by the window.",
            Status = VignetteStatus.Submitted,
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = now,
        };
        db.Vignettes.Add(vignette);
        await db.SaveChangesAsync();
        return vignette.Id;
    }

    public static async Task<int> CommentCountAsync(AppServer server, Guid vignetteId)
    {
        await using var db = server.Database.CreateContext();
        return await db.VignetteComments.CountAsync(c => c.VignetteId == vignetteId);
    }

    /// <summary>Ends every sign-in session of this user on the server, as an idle time-out or "End sessions" would.</summary>
    public static async Task LapseSignInAsync(AppServer server, string email)
    {
        await using var db = server.Database.CreateContext();
        var user = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        await db.UserTokens.Where(t => t.UserId == user && t.LoginProvider == "PainCare" && t.Name.StartsWith("session:")).ExecuteDeleteAsync();
    }
}
