namespace PainCare.Domain.Narratives;

/// <summary>What a narrative search may be asked: enough to mean something, short enough to be a search, plain text.</summary>
public static class SearchTerms
{
    public const int MinLength = 2;

    public const int MaxLength = 200;

    public const string Hint = "Type at least two characters to search (up to 200).";

    /// <summary>The terms as searched (trimmed), or null when they cannot be searched.</summary>
    public static string? Accept(string? terms) =>
        terms?.Trim() is { Length: >= MinLength and <= MaxLength } trimmed && !trimmed.Any(char.IsControl) ? trimmed : null;
}
