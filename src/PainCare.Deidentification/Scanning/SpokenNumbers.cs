namespace PainCare.Deidentification.Scanning;

/// <summary>The number words a transcript spells figures with, and how they combine into two-figure numbers and years.</summary>
internal static class SpokenNumbers
{
    private static readonly Dictionary<string, int> _digits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["oh"] = 0, ["nought"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    private static readonly Dictionary<string, int> _teens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> _tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>True when a number word is followed by a space and another word: "four four", "sixty two", "double oh".</summary>
    public static bool AnyNumberWordPair(string text)
    {
        for (var at = text.IndexOf(' '); at > 0 && at + 1 < text.Length; at = text.IndexOf(' ', at + 1))
        {
            var start = at - 1;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }

            var word = text.AsSpan(start, at - start);
            if (word.Length >= 2 && char.IsAsciiLetter(text[at + 1]) && IsNumberWord(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that can open a spoken figure or number: a digit, a teen, a ten, or "double"/"triple".</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word)
    {
        var lookup = _digits.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.ContainsKey(word) || _teens.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
            || _tens.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
            || word.Equals("double", StringComparison.OrdinalIgnoreCase) || word.Equals("triple", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsDigit(string word, out int value) => _digits.TryGetValue(word, out value);

    /// <summary>A figure said as a digit, where "oh" and "nought" are zero but "zero" is too.</summary>
    public static bool IsUnit(string word) => _digits.TryGetValue(word, out var v) && v > 0 && !word.Equals("oh", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A number said in words starting at word <paramref name="i"/>: "sixty two", "nineteen", "nineteen sixty two",
    /// "twenty twenty two", "two thousand and eight", "nineteen oh five". Returns its figures and how many words it took.
    /// </summary>
    public static (string Figures, int Words)? Read(IReadOnlyList<string> words, int i)
    {
        var w = words[i];
        if (w.Equals("two", StringComparison.OrdinalIgnoreCase) && At(words, i + 1, "thousand"))
        {
            var j = i + 2;
            j += At(words, j, "and") ? 1 : 0;
            return Below100(words, j) is var (n, used) && used > 0 ? ((2000 + n).ToString("D4"), j - i + used) : ("2000", 2);
        }

        if (_teens.TryGetValue(w, out var teen))
        {
            // Only "eighteen" and "nineteen" open a spoken year: "twelve fifteen" is two numbers.
            if (teen is 18 or 19 && YearTail(words, i + 1) is var (tail, tailWords) && tailWords > 0)
            {
                return ((teen * 100 + tail).ToString("D4"), 1 + tailWords);
            }

            return (teen.ToString("D2"), 1);
        }

        if (_tens.TryGetValue(w, out var tens))
        {
            if (tens == 20 && YearTail(words, i + 1) is var (tail, tailWords) && tailWords > 0 && (tail >= 10 || tailWords == 2))
            {
                return ((2000 + tail).ToString("D4"), 1 + tailWords);
            }

            return i + 1 < words.Count && IsUnit(words[i + 1]) && _digits.TryGetValue(words[i + 1], out var unit)
                ? ((tens + unit).ToString("D2"), 2)
                : (tens.ToString("D2"), 1);
        }

        return null;
    }

    /// <summary>The last two figures of a spoken year: "sixty two", "ten", "oh five".</summary>
    private static (int Value, int Words) YearTail(IReadOnlyList<string> words, int i)
    {
        if (i + 1 < words.Count && words[i].Equals("oh", StringComparison.OrdinalIgnoreCase) && IsUnit(words[i + 1]))
        {
            return (_digits[words[i + 1]], 2);
        }

        return i < words.Count && (_tens.ContainsKey(words[i]) || _teens.ContainsKey(words[i])) ? Below100(words, i) : (0, 0);
    }

    private static (int Value, int Words) Below100(IReadOnlyList<string> words, int i)
    {
        if (i >= words.Count)
        {
            return (0, 0);
        }

        if (_teens.TryGetValue(words[i], out var teen))
        {
            return (teen, 1);
        }

        if (_tens.TryGetValue(words[i], out var tens))
        {
            return i + 1 < words.Count && IsUnit(words[i + 1]) ? (tens + _digits[words[i + 1]], 2) : (tens, 1);
        }

        return IsUnit(words[i]) ? (_digits[words[i]], 1) : (0, 0);
    }

    private static bool At(IReadOnlyList<string> words, int i, string word) => i < words.Count && words[i].Equals(word, StringComparison.OrdinalIgnoreCase);
}
