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
    private const int SinceReach = 3;

    /// <summary>"After last week's session", "following yesterday's call": the anchor sits right before the time words.</summary>
    private const int AfterReach = 2;

    /// <summary>
    /// Returns the tokens in the sentence-wide past scope; <c>clausePast</c> is set to the narrower scope (only the
    /// marker's own clause) used by groups such as strong affect, whose feelings from the days between sessions are
    /// brought into this one.
    /// </summary>
    public static bool[] PastTokens(TokenStream tokens, List<PhraseMatch> matches, Lexicon lexicon, out bool[] clausePast)
    {
        var past = new bool[tokens.Count];
        clausePast = past;
        var present = new bool[tokens.Count];
        var anyPast = false;
        foreach (var match in matches)
        {
            var role = RoleOf(match, lexicon);
            if (role == GroupRole.Present)
            {
                present.AsSpan(match.First, match.End - match.First).Fill(true);
            }

            anyPast |= role is GroupRole.Past or GroupRole.PastSession or GroupRole.PastPerfect or GroupRole.PastIfContrasted;
        }

        if (!anyPast)
        {
            return past;
        }

        clausePast = new bool[tokens.Count];
        foreach (var match in matches)
        {
            var role = RoleOf(match, lexicon);
            var isPast = role switch
            {
                GroupRole.Past or GroupRole.PastSession => true,
                GroupRole.PastIfContrasted => ContrastedLater(tokens, present, match, narratorOnly: true),
                GroupRole.PastPerfect => !AfterSpeechVerb(tokens, lexicon.Words, match.First),
                _ => false,
            };
            if (isPast && !AfterSince(tokens, match.First))
            {
                Mark(tokens, lexicon.Words, present, past, match);
                if (role == GroupRole.PastSession || (role is GroupRole.Past or GroupRole.PastIfContrasted && ContrastedLater(tokens, present, match, narratorOnly: true)))
                {
                    MarkClause(tokens, present, clausePast, match);
                }
            }
        }

        return past;
    }

    private static GroupRole RoleOf(PhraseMatch match, Lexicon lexicon)
    {
        for (var g = 0; g < match.Groups.Count; g++)
        {
            var role = lexicon.Groups[match.Groups[g]].Role;
            if (role is not (GroupRole.Cue or GroupRole.Context))
            {
                return role;
            }
        }

        return GroupRole.Cue;
    }

    /// <summary>
    /// "At first" is an earlier session only when the present follows in the same or the next sentence. With
    /// <paramref name="narratorOnly"/> a "now" inside quoted words is the speaker's, not the writer's contrast.
    /// </summary>
    private static bool ContrastedLater(TokenStream tokens, bool[] present, PhraseMatch match, bool narratorOnly = false)
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

            if (present[j] && (!narratorOnly || tokens[j].Quote < 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Afterwards she said she had been somewhere else": the tense follows the report, not an earlier time.</summary>
    private static bool AfterSpeechVerb(TokenStream tokens, WordLists words, int first)
    {
        for (var j = first - 1; j >= 0 && tokens[j].Sentence == tokens[first].Sentence; j--)
        {
            if (WordLists.In(words.SpeechVerbs, tokens.Lower(j)))
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
            // "After last week's talk she has not rebooked": the earlier time anchors what follows, it does not set it.
            if (tokens.Lower(j) is "since" || (j >= first - AfterReach && tokens.Lower(j) is "after" or "following"))
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

    /// <summary>
    /// "Last time she sobbed when I touched the scar": from the marker to the end of its clause. A general past marker
    /// ("used to", "in the early weeks") scopes its clause this way only when the present is set against it later ("…
    /// but now", "today"); a feeling merely dated to last week is still brought into this session. A marker after the
    /// feeling ("dreading it despite the clear scan last year", "scared it will happen like last winter") dates
    /// something else, not the feeling.
    /// </summary>
    private static void MarkClause(TokenStream tokens, bool[] present, bool[] clausePast, PhraseMatch match)
    {
        var clause = tokens[match.First].Clause;
        for (var j = match.First; j < tokens.Count && tokens[j].Clause == clause && !present[j]; j++)
        {
            clausePast[j] = true;
        }
    }

    private static bool Contrast(TokenStream tokens, WordLists words, int index) =>
        WordLists.In(words.ClauseBreakers, tokens.Lower(index));
}
