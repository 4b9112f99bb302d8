namespace PainCare.Domain.Narratives;

/// <summary>The clinician's narrative of one session: the story, the minute particulars, the safety cues.</summary>
public sealed class NarrativeNote
{
    public const int MaxLength = 100_000;

    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public required string AuthorId { get; set; }

    public string Text { get; set; } = string.Empty;

    public NoteStatus Status { get; set; } = NoteStatus.Draft;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SignedAt { get; set; }

    public string? SignedById { get; set; }

    /// <summary>Counts saved versions: 0 before the first save. A draft save must name the revision it was based on.</summary>
    public int Revision { get; set; }

    public string? UpdatedById { get; set; }

    public List<NarrativeNoteVersion> Versions { get; set; } = [];

    public List<NoteAddendum> Addenda { get; set; } = [];

    public List<Observation> Observations { get; set; } = [];

    /// <summary>Optimistic concurrency token: the data layer adds one on every save, and a save over a changed value is refused.</summary>
    public uint Version { get; set; }
}
