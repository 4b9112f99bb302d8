using System.Globalization;

namespace PainCare.Domain.Text;

/// <summary>
/// Characters that change what a reader sees without being seen: they can make a name look like another, hide it from a
/// search or the de-identifier, or show a sentence in an order other than the one stored.
/// </summary>
public static class HiddenCharacters
{
    /// <summary>Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): shown text is reordered.</summary>
    public static bool ReordersText(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// Invisible format characters (Unicode category Cf: soft hyphen, zero-width space, word joiner, byte-order mark …),
    /// except the zero-width joiner and non-joiner, which some scripts and emoji need.
    /// </summary>
    public static bool IsInvisibleFormatting(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not ('\u200C' or '\u200D');

    public static bool AnyReordering(string text) => text.Any(ReordersText);

    public static bool AnyInvisibleFormatting(string text) => text.Any(IsInvisibleFormatting);
}
