using System.Text.RegularExpressions;
using PainCare.Deidentification;

namespace PainCare.UnitTests.Deidentification;

/// <summary>Shared helpers: run the scrubber and assert on the output the way the evaluation does (case-insensitive, whole word).</summary>
internal static class Scrub
{
    private static readonly Deidentifier _deidentifier = new();

    public static DeidentificationResult Run(string text, params string[] known) => _deidentifier.Deidentify(new DeidentificationRequest(text, known));

    public static bool Contains(string output, string term) =>
        Regex.IsMatch(output, $@"(?<!\w){Regex.Escape(term)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static void Gone(DeidentificationResult result, params string[] identifiers)
    {
        foreach (var identifier in identifiers)
        {
            Assert.False(Contains(result.Text, identifier), $"'{identifier}' leaked: {result.Text}");
        }
    }

    public static void Kept(DeidentificationResult result, params string[] terms)
    {
        foreach (var term in terms)
        {
            Assert.True(result.Text.Contains(term, StringComparison.Ordinal), $"'{term}' was not kept: {result.Text}");
        }
    }

    public static string CategoryOf(DeidentificationResult result, string original) =>
        result.Replacements.Single(r => r.Original == original).Category;
}
