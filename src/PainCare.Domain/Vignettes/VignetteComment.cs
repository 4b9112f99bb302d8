namespace PainCare.Domain.Vignettes;

/// <summary>One message in a vignette's supervision thread. Append-only.</summary>
public sealed class VignetteComment
{
    public const int MaxLength = 5_000;

    public Guid Id { get; set; }

    public Guid VignetteId { get; set; }

    public required string AuthorId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
