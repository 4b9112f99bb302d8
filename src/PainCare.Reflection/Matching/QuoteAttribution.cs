using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Decides who spoke each quotation. Only the patient's own words count as "patient words" (a minute particular);
/// a quoted line of the clinician's ("I said to her, '…'") or of a relative ("her mum says '…'") does not.
/// </summary>
internal static class QuoteAttribution
{
    private const int VerbWindow = 12;
    private const int SubjectWindow = 20;
    private const int AfterWindow = 3;
    private const int GlossReach = 12;

    /// <summary>The speaker of every quote, by quote index.</summary>
    public static Speaker[] Speakers(TokenStream tokens, WordLists words)
    {
        var result = new Speaker[tokens.Quotes.Count];
        foreach (var quote in tokens.Quotes)
        {
            result[quote.Index] = SpokenBy(tokens, words, quote);
        }

        return result;
    }

    private static Speaker SpokenBy(TokenStream tokens, WordLists words, QuoteSpan quote)
    {
        if (NamesATitle(tokens, quote))
        {
            return Speaker.Other;
        }

        // Only a patient's role label opens a quotation at a colon (SpeakerLine): the turn is theirs.
        if (tokens.Text[quote.Start] == ':')
        {
            return Speaker.Patient;
        }

        for (var j = quote.FirstToken - 1; j >= 0 && j >= quote.FirstToken - VerbWindow && tokens[j].Quote < 0; j--)
        {
            if (WordLists.In(words.SpeechVerbs, tokens.Lower(j)))
            {
                return Subject(tokens, words, j);
            }
        }

        var from = AfterGloss(tokens, quote);
        var limit = Math.Min(tokens.Count, from + AfterWindow);
        for (var j = from; j < limit && tokens[j].Quote < 0 && tokens[j].Sentence == tokens[quote.EndToken - 1].Sentence; j++)
        {
            if (PersonWords.Classify(tokens, words, j) is { } speaker)
            {
                return speaker;
            }
        }

        return Speaker.Patient;
    }

    /// <summary>
    /// "The education session 'Living well with pain'", "the leaflet 'Back to basics'": a quote straight after the
    /// thing it names is a title, nobody's words. "Called" is left out: "she called it 'the beast'" is the patient's.
    /// </summary>
    private static bool NamesATitle(TokenStream tokens, QuoteSpan quote)
    {
        var before = quote.FirstToken - 1;
        return before >= 0 && tokens[before].Quote < 0 && tokens[before].Sentence == tokens[quote.FirstToken].Sentence
            && tokens.Lower(before) is "session" or "class" or "course" or "workshop" or "module" or "leaflet" or "handout"
                or "booklet" or "pamphlet" or "video" or "podcast" or "programme" or "program" or "talk" or "lecture"
                or "seminar" or "titled" or "entitled" or "book" or "website";
    }

    /// <summary>
    /// The speaker named before the verb in its own sentence: in "Mum tearful. Ana said '…'" the mother belongs to the
    /// sentence before, so the unmarked name is the patient.
    /// </summary>
    private static Speaker Subject(TokenStream tokens, WordLists words, int verb)
    {
        for (var j = verb - 1; j >= 0 && j >= verb - SubjectWindow && tokens[j].Quote < 0 && tokens[j].Sentence == tokens[verb].Sentence; j--)
        {
            if (ObjectPronoun(tokens, words, j))
            {
                continue;
            }

            if (PersonWords.Classify(tokens, words, j) is { } speaker)
            {
                return speaker;
            }
        }

        return Speaker.Patient;
    }

    /// <summary>
    /// "Her husband, who came in with her, … said": "him" and "them" never say anything, and neither does a "her" that
    /// ends its clause or stands before a preposition; the speaker is further back.
    /// </summary>
    private static bool ObjectPronoun(TokenStream tokens, WordLists words, int j)
    {
        var lower = tokens.Lower(j);
        if (lower is "him" or "them")
        {
            return true;
        }

        return lower is "her" && j + 1 < tokens.Count
            && (tokens[j + 1].Clause != tokens[j].Clause || WordLists.In(words.Prepositions, tokens.Lower(j + 1)) || WordLists.In(words.Coordinators, tokens.Lower(j + 1)));
    }

    /// <summary>
    /// "'Thaka hua hoon' (I am so tired), he said": a gloss in brackets or dashes straight after a quotation is the quoted
    /// words again, not their speaker; the speaker is looked for after it. The first token past the gloss, or the one
    /// straight after the quotation when there is none.
    /// </summary>
    private static int AfterGloss(TokenStream tokens, QuoteSpan quote)
    {
        var first = quote.EndToken;
        if (first >= tokens.Count)
        {
            return first;
        }

        var between = tokens.Text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End);
        var bracket = between.IndexOf('(') >= 0;
        if (!bracket && between.IndexOfAny('—', '–') < 0 && between.IndexOf(" - ", StringComparison.Ordinal) < 0)
        {
            return first;
        }

        for (var j = first + 1; j < tokens.Count && j <= first + GlossReach && tokens[j].Sentence == tokens[first].Sentence; j++)
        {
            var gap = tokens.Text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End);
            if (bracket ? gap.IndexOf(')') >= 0 : gap.IndexOfAny('—', '–') >= 0 || gap.IndexOf(" - ", StringComparison.Ordinal) >= 0)
            {
                return j;
            }
        }

        return first;
    }
}
