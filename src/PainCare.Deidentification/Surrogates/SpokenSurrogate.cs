using System.Text;

namespace PainCare.Deidentification.Surrogates;

/// <summary>A number or code read from words said aloud is replaced by one said aloud too, so a transcript still reads as one.</summary>
internal static class SpokenSurrogate
{
    private static readonly string[] _digits = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>True when the original was spoken ("oh seven seven ...") and the replacement is a code, number or address.</summary>
    public static bool ShouldSpell(string original, string recognised, string category, string surrogate) =>
        original != recognised && !original.Any(c => char.IsDigit(c) || c == '@') && recognised.Any(c => char.IsDigit(c) || c == '@')
        && (category is Categories.Contact or Categories.Id || !surrogate.Any(char.IsLower));

    public static string Spell(string surrogate)
    {
        var words = new List<string>(surrogate.Length);
        foreach (var c in surrogate)
        {
            var word = c switch
            {
                >= '0' and <= '9' => _digits[c - '0'],
                '-' => "dash",
                '/' => "slash",
                '@' => "at",
                '.' => "dot",
                '_' => "underscore",
                ' ' or ',' => null,
                _ when char.IsLetter(c) => c.ToString(),
                _ => null,
            };
            if (word is not null)
            {
                words.Add(word);
            }
        }

        return surrogate.Contains('@', StringComparison.Ordinal) ? JoinLetters(words) : string.Join(' ', words);
    }

    /// <summary>Letters of an e-mail's words run together again ("j smith at example dot com"); a code's letters stay apart.</summary>
    private static string JoinLetters(List<string> words)
    {
        var builder = new StringBuilder();
        var inWord = false;
        foreach (var word in words)
        {
            var letter = word.Length == 1 && char.IsLetter(word[0]);
            if (builder.Length > 0 && !(letter && inWord))
            {
                builder.Append(' ');
            }

            builder.Append(word);
            inWord = letter;
        }

        return builder.ToString();
    }
}
