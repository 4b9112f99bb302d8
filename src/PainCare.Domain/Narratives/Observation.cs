namespace PainCare.Domain.Narratives;

/// <summary>A structured observation recorded with a narrative, linked to the passage it came from where there is one.</summary>
public sealed class Observation
{
    public const int MaxDetailLength = 2_000;

    public Guid Id { get; set; }

    public Guid NoteId { get; set; }

    public ObservationKind Kind { get; set; }

    /// <summary>The particular or cue, e.g. "gaze", "guarding"; one of <see cref="ObservationCatalogue"/>'s values for the kind.</summary>
    public string? Aspect { get; set; }

    public string Detail { get; set; } = string.Empty;

    /// <summary>For safety cues: what preceded the response (e.g. "touch to the left iliac crest").</summary>
    public string? Antecedent { get; set; }

    /// <summary>The passage of the narrative the observation was taken from, as it read when the observation was made.</summary>
    public string? SourceText { get; set; }

    public int? SourceStart { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string AuthorId { get; set; }
}
