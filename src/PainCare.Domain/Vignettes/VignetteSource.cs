namespace PainCare.Domain.Vignettes;

/// <summary>
/// Where a vignette came from and what de-identification changed: for its author only. Supervisor queries never read
/// this table.
/// </summary>
public sealed class VignetteSource
{
    public Guid VignetteId { get; set; }

    public Guid PatientId { get; set; }

    public List<Guid> SessionIds { get; set; } = [];

    /// <summary>The composed text before de-identification; the report's offsets refer to it.</summary>
    public required string SourceText { get; set; }

    /// <summary>The de-identification report (replacements and items for review) as JSON.</summary>
    public required string ReportJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
