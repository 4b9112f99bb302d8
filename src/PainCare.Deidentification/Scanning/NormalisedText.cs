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

    private NormalisedText(string text, int[]? starts, int[]? ends, int originalLength)
    {
        Text = text;
        ToOriginalMap = starts;
        EndMap = ends;
        OriginalLength = originalLength;
    }

    public string Text { get; }

    /// <summary>Where each character starts in the original; null when nothing was removed or rewritten (indices are then the same).</summary>
    private int[]? ToOriginalMap { get; }

    /// <summary>Where each character ends in the original: past the whole spoken words a figure was read from.</summary>
    private int[]? EndMap { get; }

    private int OriginalLength { get; }

    public bool Changed { get; private init; }

    /// <summary>Spans of codes said one figure or letter at a time ("oh seven seven ...", "H X seven"), in this text's indices.</summary>
    public IReadOnlyList<(int Start, int End)> SpokenCodes { get; private init; } = [];

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
        var plain = builder.ToString();
        var edits = SpokenForms.Find(plain);
        return edits.Count == 0
            ? new NormalisedText(plain, removed ? [.. map] : null, removed ? map.Take(map.Count - 1).Select(i => i + 1).ToArray() : null, text.Length) { Changed = changed }
            : WithSpokenForms(plain, map, edits, text.Length);
    }

    /// <summary>Spoken figures and spellings rewritten as written ones; each rewritten character maps to the words it came from.</summary>
    private static NormalisedText WithSpokenForms(string plain, List<int> map, List<SpokenForms.Edit> edits, int originalLength)
    {
        var builder = new StringBuilder(plain.Length);
        var starts = new List<int>(plain.Length + 1);
        var ends = new List<int>(plain.Length);
        var cursor = 0;
        var codes = new List<(int, int)>();
        foreach (var edit in edits)
        {
            for (; cursor < edit.Start; cursor++)
            {
                builder.Append(plain[cursor]);
                starts.Add(map[cursor]);
                ends.Add(map[cursor] + 1);
            }

            if (edit.IsCode)
            {
                codes.Add((builder.Length, builder.Length + edit.Text.Length));
            }

            builder.Append(edit.Text);
            foreach (var (start, end) in edit.Sources)
            {
                starts.Add(map[start]);
                ends.Add(map[end - 1] + 1);
            }

            cursor = edit.End;
        }

        for (; cursor < plain.Length; cursor++)
        {
            builder.Append(plain[cursor]);
            starts.Add(map[cursor]);
            ends.Add(map[cursor] + 1);
        }

        starts.Add(originalLength);
        return new NormalisedText(builder.ToString(), [.. starts], [.. ends], originalLength) { Changed = true, SpokenCodes = codes };
    }

    /// <summary>Index in the original text of normalised index <paramref name="index"/> (which may be the text's length).</summary>
    public int ToOriginal(int index) => ToOriginalMap?[index] ?? index;

    /// <summary>The original span for a normalised span: any removed characters inside it go with it.</summary>
    public (int Start, int End) ToOriginal(int start, int end) =>
        end <= start ? (ToOriginal(start), ToOriginal(start)) : (ToOriginal(start), EndMap?[end - 1] ?? end);


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
