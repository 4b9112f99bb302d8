namespace PainCare.Domain.Narratives;

/// <summary>What a structured observation must hold, and how it is recorded.</summary>
public static class ObservationRules
{
    /// <summary>Null when the observation may be recorded; otherwise what to fix, in words for the clinician.</summary>
    public static string? Check(ObservationKind kind, string? aspect, string detail, string? antecedent, string? sourceText)
    {
        if (!Enum.IsDefined(kind) || !ObservationCatalogue.IsValidAspect(kind, aspect))
        {
            return "Choose what kind of observation this is.";
        }

        if (string.IsNullOrWhiteSpace(detail) && string.IsNullOrWhiteSpace(sourceText))
        {
            return "Describe the observation, or select the passage of the narrative it comes from.";
        }

        string?[] fields = [detail, antecedent, sourceText];
        return fields.Any(f => f is { Length: > Observation.MaxDetailLength } || (f is not null && NarrativeRules.Check(f) is not null))
            ? $"Keep each field under {Observation.MaxDetailLength:N0} characters, without control characters."
            : null;
    }

    /// <summary>
    /// Only a safety cue has an antecedent (what preceded the protective response); one typed for any other kind is
    /// not kept. A passage's position is kept only with the passage.
    /// </summary>
    public static Observation Record(Guid noteId, ObservationKind kind, string? aspect, string detail, string? antecedent, string? sourceText, int? sourceStart, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        NoteId = noteId,
        Kind = kind,
        Aspect = string.IsNullOrEmpty(aspect) ? null : aspect,
        Detail = detail.Trim(),
        Antecedent = kind == ObservationKind.SafetyCue && !string.IsNullOrWhiteSpace(antecedent) ? antecedent.Trim() : null,
        SourceText = string.IsNullOrWhiteSpace(sourceText) ? null : sourceText.Trim(),
        SourceStart = string.IsNullOrWhiteSpace(sourceText) ? null : sourceStart,
        CreatedAt = at,
        AuthorId = by,
    };
}
