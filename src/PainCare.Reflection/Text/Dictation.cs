namespace PainCare.Reflection.Text;

/// <summary>
/// Speech-recognition notes that were never corrected keep the spoken punctuation commands as words ("... knee
/// pain comma worse on stairs full stop new paragraph ..."). Read as words they glue every sentence of the note into
/// one, so a negation or a subject reaches far past its clause, and a spoken "quote ... unquote" is not seen as the
/// patient's own words. A note counts as dictated only when it holds at least two such commands; then each command is
/// read as the mark it names and is not kept as a word.
/// </summary>
internal static class Dictation
{
    /// <summary>What a spoken command stands for.</summary>
    public enum Mark
    {
        None,
        Clause,
        Sentence,
        Paragraph,
        OpenQuote,
        CloseQuote,
    }

    private const int CommandsNeeded = 2;

    /// <summary>How far ahead (in characters) a spoken opening quote looks for its closing command.</summary>
    private const int QuoteReach = 600;

    private static readonly Dictionary<string, Mark> _single = new(StringComparer.OrdinalIgnoreCase)
    {
        ["comma"] = Mark.Clause,
        ["semicolon"] = Mark.Clause,
        ["period"] = Mark.Sentence,
        ["unquote"] = Mark.CloseQuote,
        ["endquote"] = Mark.CloseQuote,
    };

    private static readonly Dictionary<(string, string), Mark> _pairs = new()
    {
        [("full", "stop")] = Mark.Sentence,
        [("question", "mark")] = Mark.Sentence,
        [("exclamation", "mark")] = Mark.Sentence,
        [("exclamation", "point")] = Mark.Sentence,
        [("semi", "colon")] = Mark.Clause,
        [("open", "bracket")] = Mark.Clause,
        [("close", "bracket")] = Mark.Clause,
        [("open", "brackets")] = Mark.Clause,
        [("close", "brackets")] = Mark.Clause,
        [("new", "paragraph")] = Mark.Paragraph,
        [("next", "paragraph")] = Mark.Paragraph,
        [("new", "line")] = Mark.Paragraph,
        [("next", "line")] = Mark.Paragraph,
        [("open", "quote")] = Mark.OpenQuote,
        [("begin", "quote")] = Mark.OpenQuote,
        [("open", "quotes")] = Mark.OpenQuote,
        [("end", "quote")] = Mark.CloseQuote,
        [("close", "quote")] = Mark.CloseQuote,
        [("end", "quotes")] = Mark.CloseQuote,
        [("close", "quotes")] = Mark.CloseQuote,
    };

    private static readonly HashSet<string> _pairHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "full", "question", "exclamation", "semi", "open", "close", "new", "next", "begin", "end",
    };

    /// <summary>Words before "period" that make it a span of time ("a period of rest"), not a full stop.</summary>
    private static readonly HashSet<string> _periodDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "the", "this", "that", "same", "trial", "short", "long", "refractory", "waiting", "recovery", "whole", "any",
    };

    /// <summary>
    /// Hesitation sounds that speech recognition writes out ("um", "uh", "erm") carry no word of their own and would
    /// split a phrase ("held her um breath"); they are skipped. "Er" is skipped only in dictated notes, as "ER" can be a
    /// shorthand elsewhere, and only in lower case.
    /// </summary>
    public static bool IsFiller(string text, int start, int end, bool dictated)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length is < 2 or > 4)
        {
            return false;
        }

        return word is "um" or "umm" or "uh" or "uhm" or "erm" or "Um" or "Umm" or "Uh" or "Erm" || (dictated && word is "er" or "err");
    }

    /// <summary>True when the note holds enough unambiguous spoken commands to be read as uncorrected dictation.</summary>
    public static bool IsDictated(string text)
    {
        if (text.Length < 20)
        {
            return false;
        }

        var found = 0;
        ReadOnlySpan<char> previous = default;
        var i = 0;
        while (i < text.Length && found < CommandsNeeded)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(i, end - i);
            if (Is(word, "comma") || Is(word, "unquote") || Is(word, "semicolon")
                || (Is(previous, "full") && Is(word, "stop"))
                || (Is(previous, "new") && Is(word, "paragraph"))
                || IsCloseQuote(previous, word))
            {
                found++;
            }

            previous = word;
            i = end;
        }

        return found >= CommandsNeeded;
    }

    private static bool Is(ReadOnlySpan<char> word, string command) => word.Equals(command, StringComparison.OrdinalIgnoreCase);

    private static bool IsCloseQuote(ReadOnlySpan<char> previous, ReadOnlySpan<char> word) =>
        (Is(previous, "end") || Is(previous, "close")) && (Is(word, "quote") || Is(word, "quotes"));

    /// <summary>
    /// The command that starts with the word at [<paramref name="start"/>, <paramref name="end"/>) and where it ends
    /// (the end of its last word), or <see cref="Mark.None"/>.
    /// </summary>
    public static Mark CommandAt(string text, int start, int end, out int commandEnd)
    {
        commandEnd = end;
        var word = text.AsSpan(start, end - start);
        if (NextWord(text, end, out var nextStart, out var nextEnd) && _pairHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && _pairs.TryGetValue((word.ToString().ToLowerInvariant(), text[nextStart..nextEnd].ToLowerInvariant()), out var pair))
        {
            if (pair == Mark.OpenQuote && !CloseFollows(text, nextEnd))
            {
                return Mark.None;
            }

            commandEnd = nextEnd;
            return pair;
        }

        if (word.Equals("quote", StringComparison.OrdinalIgnoreCase) || word.Equals("quotes", StringComparison.OrdinalIgnoreCase))
        {
            return CloseFollows(text, end) ? Mark.OpenQuote : Mark.None;
        }

        if (!_single.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var mark))
        {
            return Mark.None;
        }

        if (mark == Mark.Sentence && word.Equals("period", StringComparison.OrdinalIgnoreCase) && IsTimeSpan(text, start, nextStart, nextEnd))
        {
            return Mark.None;
        }

        return mark;
    }

    private static bool IsTimeSpan(string text, int start, int nextStart, int nextEnd)
    {
        if (nextEnd > nextStart && text.AsSpan(nextStart, nextEnd - nextStart).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var j = start - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        var wordEnd = j + 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        return wordEnd > j + 1 && _periodDeterminers.Contains(text[(j + 1)..wordEnd]);
    }

    /// <summary>A spoken closing command before the next line break and within reach.</summary>
    private static bool CloseFollows(string text, int from)
    {
        var limit = Math.Min(text.Length, from + QuoteReach);
        var lineEnd = text.IndexOf('\n', from, limit - from);
        if (lineEnd >= 0)
        {
            limit = lineEnd;
        }

        var i = from;
        ReadOnlySpan<char> previous = default;
        while (i < limit)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < limit && char.IsLetter(text[end]))
            {
                end++;
            }

            var word = text.AsSpan(i, end - i);
            if (Is(word, "unquote") || Is(word, "endquote") || IsCloseQuote(previous, word))
            {
                return true;
            }

            if (Is(word, "quote") && !Is(previous, "end") && !Is(previous, "close"))
            {
                // Another opening comes first: this one has no close of its own.
                return false;
            }

            previous = word;
            i = end;
        }

        return false;
    }

    /// <summary>The next word after <paramref name="from"/>, separated only by spaces or a hyphen.</summary>
    private static bool NextWord(string text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && (text[i] == ' ' || text[i] == '-'))
        {
            i++;
        }

        start = i;
        end = i;
        if (i == from || i >= text.Length || !char.IsLetter(text[i]))
        {
            return false;
        }

        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return true;
    }
}
