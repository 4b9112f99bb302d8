using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Carries a third person across a sentence boundary: in "Her sister rang during the session. She was sobbing." the
/// "she" continues the previous sentence's subject, the sister, not the patient. English keeps the subject of the
/// last sentence as the default referent of a pronoun that opens the next one, provided gender agrees.
/// </summary>
internal static class PronounChain
{
    /// <summary>How far "according to her son," may stand before the pronoun it reports.</summary>
    private const int ReportReach = 6;

    /// <summary>How many sentences back a chain of pronoun subjects is followed ("Her sister rang. She was upset. She …").</summary>
    private const int MaxSentencesBack = 2;

    /// <summary>True when the pronoun at <paramref name="pronoun"/> opens its sentence and continues a relative or friend.</summary>
    public static bool ContinuesOther(TokenStream tokens, WordLists words, int pronoun)
    {
        var lower = tokens.Lower(pronoun);
        var female = lower is "she" or "she's" or "she'd";
        if (!female && lower is not ("he" or "he's" or "he'd"))
        {
            return false;
        }

        // Only a pronoun that opens the sentence continues the last subject; "Afterwards she …" is left to the patient.
        var start = SentenceStart(tokens, pronoun);
        if (start != pronoun)
        {
            return false;
        }

        for (var back = 0; back < MaxSentencesBack && start > 0 && tokens[start - 1].Paragraph == tokens[pronoun].Paragraph; back++)
        {
            var end = start;
            start = SentenceStart(tokens, end - 1);
            switch (Subject(tokens, words, start, end))
            {
                case (Speaker.Other, var head):
                    var others = female ? words.FemaleOthers : words.MaleOthers;
                    return WordLists.In(others, tokens.Lower(head));
                case (Speaker.Patient, var head) when tokens.Lower(head).SequenceEqual(lower):
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Dad said he's fed up", "Mum reports he is anxious", "according to her daughter, she gets frightened": a
    /// pronoun opening the clause a relative reports is either that relative (gender agreeing) or the patient's feeling
    /// told second-hand; neither is a feeling the clinician met in the patient.
    /// </summary>
    public static bool ReportedByOther(TokenStream tokens, WordLists words, int pronoun)
    {
        if (tokens.Lower(pronoun) is not ("she" or "she's" or "she'd" or "he" or "he's" or "he'd"))
        {
            return false;
        }

        var verb = pronoun - 1;
        if (verb > 0 && tokens.Lower(verb) is "that")
        {
            verb--;
        }

        if (verb >= 1 && tokens[verb].Sentence == tokens[pronoun].Sentence && WordLists.In(words.SpeechVerbs, tokens.Lower(verb)))
        {
            var head = verb - 1;
            return tokens[head].Sentence == tokens[pronoun].Sentence && PersonWords.Classify(tokens, words, head) == Speaker.Other;
        }

        return AccordingToOther(tokens, words, pronoun);
    }

    private static bool AccordingToOther(TokenStream tokens, WordLists words, int pronoun)
    {
        var start = SentenceStart(tokens, pronoun);
        var opens = tokens.Lower(start) is "per" || (start + 1 < pronoun && tokens.Lower(start) is "according" && tokens.Lower(start + 1) is "to");
        if (!opens || pronoun - start > ReportReach)
        {
            return false;
        }

        // The relative follows a preposition here, so it is named by the word alone, not by its place in the clause.
        for (var j = start + 1; j < pronoun; j++)
        {
            if (WordLists.In(words.OtherMarkers, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    private static int SentenceStart(TokenStream tokens, int index)
    {
        var sentence = tokens[index].Sentence;
        while (index > 0 && tokens[index - 1].Sentence == sentence)
        {
            index--;
        }

        return index;
    }

    /// <summary>
    /// "The group talked about their frustration", "many said they feel drained": a plural pronoun after a group or a
    /// crowd named earlier in its sentence is theirs, not the patient's.
    /// </summary>
    public static bool PluralOfGroup(TokenStream tokens, WordLists words, int pronoun)
    {
        if (tokens.Lower(pronoun) is not ("they" or "them" or "their" or "they'd" or "they're" or "themselves"))
        {
            return false;
        }

        for (var j = pronoun - 1; j >= 0 && tokens[j].Sentence == tokens[pronoun].Sentence; j--)
        {
            if (tokens[j].Quote < 0 && WordLists.In(words.PluralOthers, tokens.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first person named in the sentence and the word naming them; "her sister" is the sister.</summary>
    private static (Speaker? Speaker, int Head) Subject(TokenStream tokens, WordLists words, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (tokens[j].Quote >= 0 || PersonWords.Classify(tokens, words, j) is not { } speaker)
            {
                continue;
            }

            // "Came in with her daughter", "brought by his son": a person after a preposition is not the subject, which
            // went unnamed or was a name ("Ana was brought by her son. She kept …" is Ana).
            if (j > start && WordLists.In(words.Prepositions, tokens.Lower(j - 1)))
            {
                return (null, -1);
            }

            var possessive = tokens.Lower(j) is "her" or "his" or "their" or "my" or "our";
            if (possessive && j + 1 < end && WordLists.In(words.OtherMarkers, tokens.Lower(j + 1)))
            {
                return (Speaker.Other, j + 1);
            }

            return (speaker, j);
        }

        return (null, -1);
    }
}
