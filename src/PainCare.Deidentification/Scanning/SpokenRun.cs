namespace PainCare.Deidentification.Scanning;

/// <summary>A word of a transcript: where it lies and what it says.</summary>
internal readonly record struct SpokenWord(int Start, int End, string Text);

internal static class SpokenWords
{
    public static List<SpokenWord> Split(string text)
    {
        var words = new List<SpokenWord>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            words.Add(new SpokenWord(start, i, text[start..i]));
        }

        return words;
    }
}

/// <summary>
/// Consecutive spoken figures, letters said alone and the words between them ("dash", "slash"), read from one word on.
/// </summary>
internal sealed class SpokenRun
{
    private enum Kind { Digit, Number, Letter, Separator }

    private sealed record Token(Kind Kind, string Value, int Start, int End);

    private static readonly Dictionary<string, string> _separators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dash"] = "-", ["hyphen"] = "-", ["slash"] = "/", ["comma"] = " ",
    };

    private readonly List<Token> _tokens = [];

    public bool IsEmpty => _tokens.Count == 0;

    public int WordCount { get; private set; }

    /// <summary>Only a number word or a capital standing alone can open a run; the rest of the text is passed over.</summary>
    public static bool CanOpen(string text, SpokenWord word) =>
        (word.End - word.Start == 1 && char.IsAsciiLetterUpper(text[word.Start])) || SpokenNumbers.IsNumberWord(word.Text);

    public static SpokenRun Read(string text, List<SpokenWord> words, int i)
    {
        var run = new SpokenRun();
        // Only words one space apart belong to one run: a full stop, comma or line ends it.
        var stretch = new List<string> { words[i].Text };
        for (var k = i + 1; k < words.Count && k - i < 40 && Joined(text, words[k - 1], words[k]); k++)
        {
            stretch.Add(words[k].Text);
        }

        // "nineteen sixty-two": a hyphenated number is read whole elsewhere, so the run stops before it.
        for (var k = 0; k < stretch.Count; k++)
        {
            var end = words[i + k].End;
            if (end + 1 < text.Length && text[end] == '-' && char.IsAsciiLetter(text[end + 1]))
            {
                stretch.RemoveRange(k, stretch.Count - k);
                break;
            }
        }

        if (stretch.Count == 0)
        {
            return run;
        }

        var j = 0;
        while (j < stretch.Count && ReadToken(text, words, i, stretch, j) is var (token, used) && used > 0)
        {
            run._tokens.Add(token);
            j += used;
        }

        while (run._tokens.Count > 0 && run._tokens[^1].Kind == Kind.Separator)
        {
            run._tokens.RemoveAt(run._tokens.Count - 1);
        }

        if (run._tokens.Count > 0 && run._tokens[0].Kind == Kind.Separator)
        {
            run._tokens.Clear();
        }

        run.WordCount = run._tokens.Count == 0 ? 1 : words.FindIndex(i, w => w.End == run._tokens[^1].End) - i + 1;
        return run;
    }

    /// <summary>Words one space apart, or digits said in groups with a comma between ("oh two seven, four four one").</summary>
    private static bool Joined(string text, SpokenWord left, SpokenWord right)
    {
        var gap = text.AsSpan(left.End, right.Start - left.End);
        return gap is " " || (gap is ", " && SpokenNumbers.IsDigit(left.Text, out _) && SpokenNumbers.IsDigit(right.Text, out _));
    }

    private static (Token Token, int Words) ReadToken(string text, List<SpokenWord> words, int i, List<string> stretch, int j)
    {
        var word = stretch[j];
        var at = words[i + j];
        if (_separators.TryGetValue(word, out var separator))
        {
            return (new Token(Kind.Separator, separator, at.Start, at.End), 1);
        }

        var repeat = word.Equals("double", StringComparison.OrdinalIgnoreCase) ? 2 : word.Equals("triple", StringComparison.OrdinalIgnoreCase) ? 3 : 1;
        if (repeat > 1 && j + 1 < stretch.Count && Single(text, words[i + j + 1], stretch[j + 1]) is { } repeated)
        {
            var (kind, value) = repeated;
            return (new Token(kind, string.Concat(Enumerable.Repeat(value, repeat)), at.Start, words[i + j + 1].End), 2);
        }

        if (SpokenNumbers.Read(stretch, j) is var (figures, used) && used > 0 && !(used == 1 && SpokenNumbers.IsDigit(word, out _)))
        {
            return (new Token(Kind.Number, figures, at.Start, words[i + j + used - 1].End), used);
        }

        return Single(text, at, word) is var (k, v) ? (new Token(k, v, at.Start, at.End), 1) : (null!, 0);
    }

    private static (Kind Kind, string Value)? Single(string text, SpokenWord at, string word)
    {
        if (SpokenNumbers.IsDigit(word, out var digit))
        {
            return (Kind.Digit, digit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return word.Length == 1 && char.IsAsciiLetterUpper(text[at.Start]) ? (Kind.Letter, word) : null;
    }

    /// <summary>
    /// The rewrite, if the run reads as a code, a number, a date in figures or a spelling; otherwise only its
    /// multi-word numbers ("sixty two") are given in figures.
    /// </summary>
    public SpokenForms.Edit? Rewrite(string text)
    {
        var digits = _tokens.Where(t => t.Kind == Kind.Digit).Sum(t => t.Value.Length);
        var numberFigures = _tokens.Where(t => t.Kind == Kind.Number).Sum(t => t.Value.Length);
        var letters = _tokens.Where(t => t.Kind == Kind.Letter).Sum(t => t.Value.Length);
        var slashes = _tokens.Count(t => t.Value == "/");
        // "G C S fourteen", "E C G": a clinical abbreviation spelled out is joined but is no code.
        if (letters >= 2 && SpelledAbbreviation() is { } abbreviation)
        {
            return abbreviation;
        }

        var code = digits >= 3 || (letters >= 1 && letters + digits + numberFigures >= 3) || (slashes >= 1 && _tokens.Count >= 3);
        var spelling = letters >= 3 && digits + numberFigures == 0;
        if ((code || spelling) && !IsSpinalLevel())
        {
            return Join(_tokens) with { IsCode = digits + letters >= 3 };
        }

        var compound = _tokens.FirstOrDefault(t => t.Kind == Kind.Number && text.AsSpan(t.Start, t.End - t.Start).Contains(' '));
        return compound is null ? null : Join([compound]);
    }

    private SpokenForms.Edit? SpelledAbbreviation()
    {
        var spelled = _tokens.TakeWhile(t => t.Kind == Kind.Letter).ToList();
        var word = string.Concat(spelled.Select(t => t.Value)).ToLowerInvariant();
        // Two letters before figures said one by one are a code ("B D one nine"); before a number said whole, a reading ("B P one forty").
        var readingFollows = spelled.Count >= 3 || spelled.Count == _tokens.Count || _tokens[spelled.Count].Kind == Kind.Number;
        return spelled.Count >= 2 && readingFollows && Recognisers.ClinicalAbbreviations.Contains(word) ? Join(spelled) : null;
    }

    /// <summary>"L four five", "C five six", "L five S one": vertebral levels are clinical, not codes.</summary>
    private bool IsSpinalLevel() =>
        _tokens.Any(t => t.Kind == Kind.Letter) && _tokens.Count <= 4
        && _tokens.All(t => t.Kind switch { Kind.Letter => t.Value is "C" or "T" or "L" or "S", Kind.Digit => true, Kind.Number => int.Parse(t.Value) <= 12, _ => false })
        && _tokens.Count(t => t.Kind == Kind.Letter) <= 2 && _tokens[0].Kind == Kind.Letter;

    private static SpokenForms.Edit Join(IReadOnlyList<Token> tokens)
    {
        var value = new System.Text.StringBuilder();
        var sources = new List<(int, int)>();
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            // Two numbers side by side stay apart ("twelve fifteen" is 12 15); digits and letters run together.
            if (k > 0 && tokens[k - 1].Kind != Kind.Separator && token.Kind != Kind.Separator && (token.Kind == Kind.Number || tokens[k - 1].Kind == Kind.Number)
                && (token.Kind != Kind.Letter && tokens[k - 1].Kind != Kind.Letter))
            {
                value.Append(' ');
                sources.Add((tokens[k - 1].End, token.Start));
            }

            value.Append(token.Value);
            sources.AddRange(Enumerable.Repeat((token.Start, token.End), token.Value.Length));
        }

        return new SpokenForms.Edit(tokens[0].Start, tokens[^1].End, value.ToString(), [.. sources]);
    }
}
