using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Narratives;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Performance;

internal static partial class ClinicRows
{
    /// <summary>On every session of the patient: a safety cue, a moment of strain and of connection, an answered and a pinned prompt.</summary>
    public static async Task AddTrendMarksAsync(TestDatabase database, Guid patientId)
    {
        await using var db = database.CreateContext();
        var notes = await db.NarrativeNotes.AsNoTracking().Where(n => db.Sessions.Any(s => s.Id == n.SessionId && s.PatientId == patientId)).ToListAsync();
        foreach (var note in notes)
        {
            var at = note.UpdatedAt.AddMinutes(1);
            foreach (var (kind, aspect) in new[] { (ObservationKind.SafetyCue, "guarding"), (ObservationKind.Strain, (string?)null), (ObservationKind.Connection, null) })
            {
                db.Observations.Add(new Observation { Id = Guid.CreateVersion7(), NoteId = note.Id, Kind = kind, Aspect = aspect, Detail = "Noted.", CreatedAt = at, AuthorId = note.AuthorId });
            }

            foreach (var pinned in new[] { false, true })
            {
                db.ReflectionResponses.Add(new ReflectionResponse
                {
                    Id = Guid.CreateVersion7(),
                    SessionId = note.SessionId,
                    RuleId = $"marks-rule-{Guid.NewGuid():N}",
                    Category = "rupture",
                    PromptText = "What shifted?",
                    Answer = pinned ? null : "Something shifted.",
                    IsPinned = pinned,
                    AuthorId = note.AuthorId,
                    UpdatedAt = at,
                });
            }
        }

        await db.SaveChangesAsync();
    }
}
