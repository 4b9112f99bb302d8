namespace PainCare.Deidentification.Scanning;

/// <summary>
/// Speech-recognition transcripts write numbers, codes and spellings as they were said: "oh one six double two eight",
/// "G L four", "B R A D Y", "nineteen forty eight". This finds those runs and gives the figures or letters they stand
/// for, so the recognisers that read written numbers read them too. Each character of a rewrite keeps the span of the
/// words it came from, so output is still written from the original.
/// </summary>
internal static class SpokenForms
{
    /// <summary>
    /// A rewrite of <c>[Start, End)</c> to <see cref="Text"/>; <see cref="Sources"/> holds, per character, the span it
    /// stands for. <see cref="IsCode"/> marks figures or letters said one by one, which nobody says but to give a code.
    /// </summary>
    public sealed record Edit(int Start, int End, string Text, (int Start, int End)[] Sources, bool IsCode = false);

    /// <summary>Every rewrite, in order and not overlapping.</summary>
    public static List<Edit> Find(string text)
    {
        var edits = new List<Edit>();
        if (!MayHoldSpokenForms(text))
        {
            return edits;
        }

        var words = SpokenWords.Split(text);
        for (var i = 0; i < words.Count;)
        {
            if (!SpokenRun.CanOpen(text, words[i]))
            {
                i++;
                continue;
            }

            var run = SpokenRun.Read(text, words, i);
            if (run.IsEmpty)
            {
                i++;
                continue;
            }

            if (run.Rewrite(text) is { } edit)
            {
                edits.Add(edit);
            }

            i += run.WordCount;
        }

        edits.AddRange(SpokenAddresses.Find(text));
        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return RemoveOverlaps(edits);
    }

    /// <summary>Cheap test before any splitting: every spoken form holds a number word, a letter standing alone, or "at"/"comma"/"full stop".</summary>
    private static bool MayHoldSpokenForms(string text) =>
        text.Contains(" at ", StringComparison.OrdinalIgnoreCase) || text.Contains("comma", StringComparison.OrdinalIgnoreCase)
        || text.Contains("full stop", StringComparison.OrdinalIgnoreCase) || SpokenNumbers.AnyNumberWordPair(text) || HasLoneCapitals(text);

    /// <summary>Two capitals standing alone side by side ("G L"), as a spelling or a spoken code has them.</summary>
    private static bool HasLoneCapitals(string text)
    {
        for (var i = 1; i + 3 < text.Length; i++)
        {
            if (char.IsAsciiLetterUpper(text[i]) && text[i - 1] == ' ' && text[i + 1] == ' ' && char.IsAsciiLetterUpper(text[i + 2])
                && (i + 3 == text.Length || !char.IsLetter(text[i + 3])))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Edit> RemoveOverlaps(List<Edit> edits)
    {
        var kept = new List<Edit>(edits.Count);
        foreach (var edit in edits)
        {
            if (kept.Count == 0 || kept[^1].End <= edit.Start)
            {
                kept.Add(edit);
            }
        }

        return kept;
    }
}
