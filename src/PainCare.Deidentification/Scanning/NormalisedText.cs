using System.Globalization;
using System.Text;

namespace PainCare.Deidentification.Scanning;

/// <summary>
/// The text recognisers read: invisible format characters (Unicode category Cf: soft hyphen, zero-width space, word
/// joiner, bidi marks) removed, look-alike Cyrillic and Greek letters in Latin-looking words mapped to Latin, fullwidth
/// forms and odd spaces made plain. <see cref="ToOriginal(int)"/> maps every index back, so output is written from the original.
/// </summary>
internal sealed class NormalisedText
{
    private static readonly Dictionary<char, char> _confusables = Build(
        "аaеeоoрpсcуyхxіiјjѕsԁdһhӏlАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSУYΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvιiκkαaρp");

    private NormalisedText(string text, int[]? toOriginal, int originalLength)
    {
        Text = text;
        ToOriginalMap = toOriginal;
        OriginalLength = originalLength;
    }

    public string Text { get; }

    /// <summary>Null when nothing was removed (indices are then the same in both texts).</summary>
    private int[]? ToOriginalMap { get; }

    private int OriginalLength { get; }

    public bool Changed { get; private init; }

    public static NormalisedText Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        var changed = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                changed = true;
                continue;
            }

            var mapped = c switch
            {
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                _ when _confusables.TryGetValue(c, out var latin) && InLatinLookingWord(text, i) => latin,
                _ => c,
            };
            changed |= mapped != c;
            builder.Append(mapped);
            map.Add(i);
        }

        map.Add(text.Length);
        var removed = map.Count != text.Length + 1;
        return new NormalisedText(builder.ToString(), removed ? [.. map] : null, text.Length) { Changed = changed };
    }

    /// <summary>Index in the original text of normalised index <paramref name="index"/> (which may be the text's length).</summary>
    public int ToOriginal(int index) => ToOriginalMap?[index] ?? index;

    /// <summary>The original span for a normalised span: any removed characters inside it go with it.</summary>
    public (int Start, int End) ToOriginal(int start, int end) =>
        end <= start ? (ToOriginal(start), ToOriginal(start)) : (ToOriginal(start), ToOriginal(end - 1) + 1);

    public int Length => OriginalLength;

    /// <summary>A word that mixes scripts, or whose every letter has a Latin look-alike, is read as Latin.</summary>
    private static bool InLatinLookingWord(string text, int at)
    {
        var start = at;
        while (start > 0 && (char.IsLetter(text[start - 1]) || CharUnicodeInfo.GetUnicodeCategory(text[start - 1]) == UnicodeCategory.Format))
        {
            start--;
        }

        var hasLatin = false;
        var allLookAlike = true;
        for (var i = start; i < text.Length && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.Format); i++)
        {
            if (!char.IsLetter(text[i]))
            {
                continue;
            }

            hasLatin |= text[i] < 0x250;
            allLookAlike &= text[i] < 0x250 || _confusables.ContainsKey(text[i]);
        }

        return hasLatin || allLookAlike;
    }

    private static Dictionary<char, char> Build(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
