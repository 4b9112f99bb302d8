using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Marks the words that describe an earlier time, so cues about the present state do not fire on history:
/// "in the first fortnight he kept his eyes down", "two injections last year didn't help", "he used to get furious".
/// Scoped like negation, by clause and sentence rather than a word count: a past-time marker covers its own clause
/// back to the clause's start and runs forward through the sentence until a contrast ("but", "whereas") or a return
/// to the present ("today", "this time", "still").
/// </summary>
internal static class TimeScope
{
    /// <summary>"Ever since last year she has been …" describes a state that runs up to now.</summary>
    private const int SinceReach = 2;

    public static bool[] PastTokens(TokenStream tokens, List<PhraseMatch> matches, Lexicon lexicon)
    {
        var past = new bool[tokens.Count];
        var present = new bool[tokens.Count];
        var anyPast = false;
        foreach (var match in matches)
        {
            var role = RoleOf(match, lexicon);
            if (role == GroupRole.Present)
            {
                present.AsSpan(match.First, match.End - match.First).Fill(true);
            }

            anyPast |= role is GroupRole.Past or GroupRole.PastIfContrasted;
        }

        if (!anyPast)
        {
            return past;
        }

        foreach (var match in matches)
        {
            var role = RoleOf(match, lexicon);
            var isPast = role == GroupRole.Past || (role == GroupRole.PastIfContrasted && ContrastedLater(tokens, present, match));
            if (isPast && !AfterSince(tokens, match.First))
            {
                Mark(tokens, lexicon.Words, present, past, match);
            }
        }

        return past;
    }

    private static GroupRole RoleOf(PhraseMatch match, Lexicon lexicon)
    {
        for (var g = 0; g < match.Groups.Count; g++)
        {
            var role = lexicon.Groups[match.Groups[g]].Role;
            if (role != GroupRole.Cue)
            {
                return role;
            }
        }

        return GroupRole.Cue;
    }

    /// <summary>"At first" is an earlier session only when the present follows in the same or the next sentence.</summary>
    private static bool ContrastedLater(TokenStream tokens, bool[] present, PhraseMatch match)
    {
        var sentence = tokens[match.First].Sentence;
        var sentencesSeen = 0;
        for (var j = match.End; j < tokens.Count; j++)
        {
            if (tokens[j].Sentence != sentence)
            {
                sentence = tokens[j].Sentence;
                if (++sentencesSeen > 1)
                {
                    return false;
                }
            }

            if (present[j])
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterSince(TokenStream tokens, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - SinceReach && tokens[j].Sentence == tokens[first].Sentence; j--)
        {
            if (tokens.Lower(j) is "since")
            {
                return true;
            }
        }

        return false;
    }

    private static void Mark(TokenStream tokens, WordLists words, bool[] present, bool[] past, PhraseMatch match)
    {
        var first = tokens[match.First];
        for (var j = match.First; j >= 0 && tokens[j].Clause == first.Clause && !present[j] && !Contrast(tokens, words, j); j--)
        {
            past[j] = true;
        }

        for (var j = match.First; j < tokens.Count && tokens[j].Sentence == first.Sentence && !present[j]; j++)
        {
            if (j >= match.End && Contrast(tokens, words, j))
            {
                break;
            }

            past[j] = true;
        }
    }

    private static bool Contrast(TokenStream tokens, WordLists words, int index) =>
        WordLists.In(words.ClauseBreakers, tokens.Lower(index));
}
