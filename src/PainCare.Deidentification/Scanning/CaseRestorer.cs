using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Recognisers;

namespace PainCare.Deidentification.Scanning;

/// <summary>
/// Notes typed all in capitals (claim forms, discharge headers) or with no capitals at all (messages, dictation) hide
/// the one mark an English name carries. This writes a same-length copy for the recognisers in which a word no
/// vocabulary holds gets its capital and an everyday word loses it; the output is still written from the original.
/// </summary>
internal static partial class CaseRestorer
{
    // Short words that keep a capital in a restored line: titles, street and saint abbreviations, months.
    private static readonly HashSet<string> _shortTitleWords = new(StringComparer.Ordinal)
    {
        "dr", "mr", "mrs", "ms", "st", "mt", "rd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    // Short words left in capitals would join the names around them into one run ("DR INES BARRO AT ...").
    private static readonly HashSet<string> _shortFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "at", "by", "for", "to", "in", "on", "of", "and", "the", "or", "is", "was", "has", "had", "he", "she", "his", "her",
        "him", "we", "our", "but", "not", "no", "as", "if", "it", "its", "be", "are", "did", "who", "via", "per", "off", "out", "up",
    };

    private static readonly HashSet<string> _titleWords = new(StringComparer.Ordinal) { "dr", "mr", "mrs", "ms", "st", "mt" };

    private static readonly HashSet<string> _monthWords = new(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    public static string Restore(string text)
    {
        var lowerTyped = IsTypedWithoutCapitals(text);
        char[]? chars = null;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (lowerTyped || IsCapitalsLine(text, lineStart, lineEnd))
            {
                chars ??= text.ToCharArray();
                RestoreLine(text, chars, lineStart, lineEnd, lowerTyped);
            }

            if (lowerTyped && SpeakerLabel().Match(text, lineStart) is { Success: true } label)
            {
                chars ??= text.ToCharArray();
                LowerEverydayWords(text, chars, label.Index, label.Index + label.Length);
            }

            lineStart = lineEnd + 1;
        }

        RestoreStreets(text, ref chars);
        if (!lowerTyped)
        {
            RestoreMonths(text, ref chars);
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// Twenty or more words, almost none opening with a capital, and the sentences (if any are marked) opened in lower case:
    /// shorthand notes also lack capitals but open their sentences with upper-case abbreviations ("ROM full. TENS 20 min ...").
    /// </summary>
    private static bool IsTypedWithoutCapitals(string text)
    {
        int words = 0, capitalised = 0, starts = 0, lowerStarts = 0;
        var atStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            // A transcript's speaker label ("[00:01:07] Speaker 2:", "Caller:") is the software's, not the typist's.
            if ((i == 0 || text[i - 1] == '\n') && SpeakerLabel().Match(text, i) is { Success: true } label)
            {
                i += label.Length - 1;
                atStart = true;
                continue;
            }

            var c = text[i];
            if (!char.IsLetter(c))
            {
                atStart |= c is '.' or '!' or '?' or '\n';
                atStart &= !char.IsDigit(c);
                continue;
            }

            var end = i;
            var upper = 0;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                upper += char.IsUpper(text[end]) ? 1 : 0;
                end++;
            }

            if (atStart)
            {
                starts++;
                lowerStarts += upper == 0 ? 1 : 0;
                atStart = false;
            }

            if (end - i >= 3 && upper < end - i)
            {
                words++;
                capitalised += upper > 0 ? 1 : 0;
            }

            i = end - 1;
        }

        return words >= 20 && capitalised * 50 < words && lowerStarts * 5 >= starts * 3;
    }

    /// <summary>"Caller 2:", "Speaker 1:": the software's label words are everyday words, not names; "Lucía:" keeps its capital.</summary>
    private static void LowerEverydayWords(string text, char[] chars, int start, int end)
    {
        foreach (var m in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var key = TextFold.Key(text.Substring(start + m.Index, m.Length));
            if (m.Length > 2 && !UnknownWords.IsUnknownKey(key) && !Gazetteer.IsGivenName(key))
            {
                for (var k = 0; k < m.Length; k++)
                {
                    chars[start + m.Index + k] = char.ToLowerInvariant(text[start + m.Index + k]);
                }
            }
        }
    }

    private static bool IsCapitalsLine(string text, int start, int end)
    {
        int upper = 0, lower = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsUpper(text[i]))
            {
                upper++;
            }
            else if (char.IsLower(text[i]))
            {
                lower++;
            }
        }

        return upper >= 12 && lower * 10 <= upper;
    }

    private static void RestoreLine(string text, char[] chars, int start, int end, bool lowerTyped)
    {
        var words = new List<(int Start, int Length, Shape Shape)>();
        foreach (var m in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var at = start + m.Index;
            var word = text.Substring(at, m.Length);
            var shape = IsPartOfAddressOrLink(text, at, at + m.Length) ? Shape.Unchanged
                : lowerTyped ? LowerTypedShape(text, word, at, at + m.Length) : CapitalsShape(word);
            words.Add((at, m.Length, shape));
        }

        TitleInstitutionNames(text, words, lowerTyped);
        TitleGivenNamesBeforeSurnames(text, words);
        if (!lowerTyped)
        {
            TitlePersonRuns(text, words);
        }
        else
        {
            TitleNamesAfterTitles(text, words);
        }

        foreach (var (at, length, shape) in words)
        {
            var word = text.AsSpan(at, length);
            if (shape is Shape.Lower)
            {
                for (var k = 0; k < length; k++)
                {
                    chars[at + k] = char.ToLowerInvariant(word[k]);
                }
            }
            else if (shape is Shape.Title)
            {
                Title(word, chars, at);
            }
        }
    }

    private enum Shape
    {
        Unchanged,
        Lower,
        Title,
    }

    private static Shape CapitalsShape(string word)
    {
        if (word.Any(char.IsLower))
        {
            return Shape.Unchanged;
        }

        var key = TextFold.Key(Base(word));
        if (key.Length <= 3)
        {
            return _shortTitleWords.Contains(key) ? Shape.Title : _shortFunctionWords.Contains(key) ? Shape.Lower : Shape.Unchanged;
        }

        if (!UnknownWords.IsUnknownKey(key) || Gazetteer.ClinicalAllow.StartsWith(key))
        {
            return Shape.Lower;
        }

        // "WHODAS", "LSCS": a short capitals word with at most one vowel is an abbreviation.
        return key.Length <= 5 && key.Count(IsVowel) <= 1 ? Shape.Unchanged : Shape.Title;
    }

    private static Shape LowerTypedShape(string text, string word, int start, int end)
    {
        if (!word.All(c => !char.IsLetter(c) || char.IsLower(c)))
        {
            return Shape.Unchanged;
        }

        var key = TextFold.Key(Base(word));
        if (_monthWords.Contains(key))
        {
            return NextToFigure(text, start, end) ? Shape.Title : Shape.Unchanged;
        }

        if (_titleWords.Contains(key))
        {
            var next = end < text.Length && text[end] == '.' ? end + 1 : end;
            return next + 1 < text.Length && text[next] == ' ' && char.IsLetter(text[next + 1]) ? Shape.Title : Shape.Unchanged;
        }

        // "got stuck at countdown": a listed employer or chain after a place word.
        if (start >= 3 && PlaceWordBefore().IsMatch(text.AsSpan(Math.Max(0, start - 6), start - Math.Max(0, start - 6)))
            && (Gazetteer.Organisations.ContainsWord(key) || Gazetteer.CuedOrganisations.ContainsWord(key)))
        {
            return Shape.Title;
        }

        return key.Length >= 4 && key.Any(IsVowel) && UnknownWords.IsUnknownKey(key) && !Gazetteer.ClinicalAllow.StartsWith(key)
            && !UnknownWords.LooksClinical(key) ? Shape.Title : Shape.Unchanged;
    }

    /// <summary>A month beside a figure: "6 october", "23rd jan", "june 2019".</summary>
    private static bool NextToFigure(string text, int start, int end)
    {
        var back = start - 2;
        if (back >= 2 && text.AsSpan(back - 1, 2) is "st" or "nd" or "rd" or "th")
        {
            back -= 2;
        }

        var before = back >= 0 && text[start - 1] == ' ' && char.IsDigit(text[back]);
        var after = end + 1 < text.Length && text[end] == ' ' && char.IsDigit(text[end + 1]);
        return before || after;
    }

    private static bool IsPartOfAddressOrLink(string text, int start, int end) =>
        (start > 0 && text[start - 1] is '@' or '/' or '.' or '_') || (end < text.Length && text[end] is '@' or '_')
        || (end + 1 < text.Length && text[end] == '.' && char.IsLetter(text[end + 1]));

    private static string Base(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>"O'DONOGHUE" → "O'Donoghue", "MARIE-CLAIRE" → "Marie-Claire", "LI'AMATUA" → "Li'amatua".</summary>
    private static void Title(ReadOnlySpan<char> word, char[] chars, int at)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var opensPart = k == 0 || word[k - 1] == '-' || (k == 2 && word[1] is '\'' or '’');
            chars[at + k] = opensPart ? char.ToUpperInvariant(word[k]) : char.ToLowerInvariant(word[k]);
        }
    }

    [GeneratedRegex(@"\G[ \t]*(?:\[[\d:.]+\][ \t]*)?(?:[\p{L}\d.'’-]+[ \t]){0,3}[\p{L}\d.'’-]+:", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerLabel();

    [GeneratedRegex(@"\b(?:at|for|from|with)\s\z", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWordBefore();

    [GeneratedRegex(@"(?<![\p{L}\d])\p{L}+(?:[-'’]\p{L}+)*(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
