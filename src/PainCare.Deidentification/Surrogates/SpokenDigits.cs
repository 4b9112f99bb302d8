using System.Text.RegularExpressions;

namespace PainCare.Deidentification.Surrogates;

/// <summary>A phone number read out in words keeps its shape: each digit word becomes another digit word.</summary>
internal static partial class SpokenDigits
{
    private static readonly string[] _digits = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>Whether the text is only digit words and separators ("oh two one, five five five").</summary>
    public static bool IsSpoken(string text) => SpokenOnly().IsMatch(text);

    public static string Rewrite(string original, StableRandom random) =>
        DigitWord().Replace(original, m =>
        {
            var word = _digits[random.Next($"spoken:{original}:{m.Index}", _digits.Length)];
            return char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
        });

    [GeneratedRegex(@"\b(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DigitWord();

    [GeneratedRegex(@"^(?:(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)[\s,-]*)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenOnly();
}
