using PainCare.Domain.Narratives;

namespace PainCare.Web.Features.Sessions;

/// <summary>The observation being written, bound to the form; becomes an <see cref="ObservationInput"/> when saved.</summary>
public sealed class ObservationDraft(ObservationKind kind, string? sourceText, int? sourceStart)
{
    public ObservationKind Kind { get; set; } = kind;

    public string? Aspect { get; set; }

    // Own words usually are the selected passage itself.
    public string Detail { get; set; } = kind == ObservationKind.OwnWords ? sourceText?.Trim() ?? string.Empty : string.Empty;

    public string? Antecedent { get; set; }

    public string? SourceText { get; } = string.IsNullOrWhiteSpace(sourceText) ? null : sourceText;

    public int? SourceStart { get; } = sourceStart;

    public ObservationInput ToInput() => new(Kind, Aspect, Detail, Antecedent, SourceText, SourceStart);
}
