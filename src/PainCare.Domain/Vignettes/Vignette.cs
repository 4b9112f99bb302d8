namespace PainCare.Domain.Vignettes;

/// <summary>
/// An anonymised case for supervision. It holds no reference to a patient, session or note: nothing a supervisor reads
/// can lead back to the record. The author's provenance is kept apart in <see cref="VignetteSource"/>.
/// </summary>
public sealed class Vignette
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 50_000;

    public Guid Id { get; set; }

    public required string AuthorId { get; set; }

    public string? SupervisorId { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public VignetteStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public List<VignetteComment> Comments { get; set; } = [];

    /// <summary>Optimistic concurrency token: the data layer adds one on every save, and a save over a changed value is refused.</summary>
    public uint Version { get; set; }
}
