namespace PainCare.Domain.Narratives;

/// <summary>A correction or later addition to a signed note, with its author and time. Append-only.</summary>
public sealed class NoteAddendum
{
    public const int MaxLength = 20_000;

    public Guid Id { get; set; }

    public Guid NoteId { get; set; }

    public required string AuthorId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
