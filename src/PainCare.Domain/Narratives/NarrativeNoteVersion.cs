namespace PainCare.Domain.Narratives;

/// <summary>One saved state of a narrative. Append-only: versions are never updated or deleted.</summary>
public sealed class NarrativeNoteVersion
{
    public long Id { get; set; }

    public Guid NoteId { get; set; }

    public int Revision { get; set; }

    public required string Text { get; set; }

    public required string SavedById { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}
