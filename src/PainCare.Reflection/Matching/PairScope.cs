using System.Collections.Frozen;
using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

/// <summary>
/// Whose strain a relational cue records. A strain is between the patient and their clinicians, so it is kept when the
/// patient owns it, the two share it ("we disagreed about the brace"), it is told of the writer by the patient ("she felt
/// I wasn't listening") or, for cues of how the patient was treated, of a clinician or the service ("the GP fobbed him
/// off"). A relative's quarrel ("her husband argued with the receptionist"), a colleague's stance ("the surgeon disagreed
/// with conservative care") and the writer's own dispute ("I disagreed with the surgeon") are not.
/// </summary>
internal static partial class PairScope
{
    private static readonly FrozenSet<string> _careWords = FrozenSet.ToFrozenSet(
        ["gp", "gps", "consultant", "consultants", "surgeon", "surgeons", "doctor", "doctors", "dr", "nurse", "nurses",
            "specialist", "specialists", "receptionist", "reception", "clinic", "hospital", "insurer", "team", "service"]);

    /// <summary>People outside the care whom a patient may quarrel with on the way in; not person words elsewhere, since
    /// "he is a bus driver" names the patient's trade.</summary>
    private static readonly FrozenSet<string> _outsiders = FrozenSet.ToFrozenSet(
        ["driver", "landlord", "landlady", "employer", "council", "solicitor", "lawyer", "bank", "airline", "builder", "builders",
            "plumber", "referee", "umpire", "neighbours", "shopkeeper", "cashier", "conductor"]);

    public static bool PatientOrPair(this CueScope scope, TokenStream tokens, PhraseMatch match, LexiconGroup group, Speaker[] speakers, WordLists words)
    {
        var window = group.AttributionWindow;
        var first = tokens[match.First];
        if (first.Quote >= 0)
        {
            return speakers[first.Quote] != Speaker.Other;
        }

        if (AimedAtOther(tokens, words, match) || AimedAtSelfOrBody(tokens, match) || TrustAimedAtMedicine(tokens, match))
        {
            return false;
        }

        return scope.OwnerOf(tokens, match, window, speakers) switch
        {
            Speaker.Patient => true,
            Speaker.Clinician => !WritersAlone(tokens, words, match.First, window),
            _ => group.CareOwns && NearestOtherIsCare(tokens, words, match.First, window),
        };
    }

    /// <summary>
    /// "I disagreed with the surgeon" is the writer's alone; "she felt I wasn't listening", "we disagreed" and "the last
    /// physio never listened" are not.
    /// </summary>
    private static bool WritersAlone(TokenStream tokens, WordLists words, int cue, int window)
    {
        var sentence = tokens[cue].Sentence;
        var j = cue - 1;
        for (; j >= 0 && j >= cue - window && tokens[j].Sentence == sentence; j--)
        {
            var lower = tokens.Lower(j);
            if (lower is "we" or "us" or "both")
            {
                return false;
            }

            if (lower is "i" or "i'd" or "i'm" or "i've" or "my" or "myself")
            {
                break;
            }
        }

        if (j < 0 || j < cue - window || tokens[j].Sentence != sentence)
        {
            // No "I": an earlier physio or therapist named as a clinician ("the last physio never listened").
            return false;
        }

        // The nearest person before the writer decides: "she felt I …" is the pair's; "his wife and I", "the consultant
        // and I" are the writer and another, not the patient.
        for (var k = j - 1; k >= 0 && tokens[k].Sentence == sentence; k--)
        {
            switch (PersonWords.Classify(tokens, words, k))
            {
                case Speaker.Patient:
                    return false;
                case Speaker.Other:
                    return true;
                default:
                    break;
            }
        }

        return true;
    }

    /// <summary>
    /// "Argued with her husband", "at odds with his boss": a quarrel aimed at someone outside the care is not a strain
    /// with the clinician; one aimed at a doctor or the clinic still counts.
    /// </summary>
    private static bool AimedAtOther(TokenStream tokens, WordLists words, PhraseMatch match)
    {
        var j = match.End;
        if (j >= tokens.Count || tokens.Lower(j) is not ("with" or "at" or "to" or "against" or "by"))
        {
            return false;
        }

        for (var k = j + 1; k < tokens.Count && k <= j + 3 && tokens[k].Clause == tokens[j].Clause; k++)
        {
            var lower = tokens.Lower(k);
            if (WordLists.In(words.OtherMarkers, lower))
            {
                return !WordLists.In(_careWords, lower);
            }

            if (WordLists.In(_outsiders, lower) || (IsDisagreement(tokens, match) && PossessiveOfOther(words, lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Disagreed with the surgeon's advice to rest": a view at odds with another clinician's advice is the patient's
    /// own stance, not a strain with the writer; a complaint about that advice still counts (taxonomy: earlier clinicians).
    /// </summary>
    private static bool IsDisagreement(TokenStream tokens, PhraseMatch match)
    {
        for (var i = match.First; i < match.End; i++)
        {
            if (tokens.Lower(i).Contains("agree".AsSpan(), StringComparison.Ordinal) || tokens.Lower(i) is "odds" or "argued")
            {
                return true;
            }
        }

        return false;
    }

    private static bool PossessiveOfOther(WordLists words, ReadOnlySpan<char> lower) =>
        lower.Length > 2 && lower.EndsWith("'s", StringComparison.Ordinal) && WordLists.In(words.OtherMarkers, lower[..^2]);

    private static bool NearestOtherIsCare(TokenStream tokens, WordLists words, int cue, int window)
    {
        var sentence = tokens[cue].Sentence;
        for (var j = cue - 1; j >= 0 && j >= cue - window && tokens[j].Sentence == sentence; j--)
        {
            if (PersonWords.Classify(tokens, words, j) == Speaker.Other)
            {
                return WordLists.In(_careWords, tokens.Lower(j));
            }
        }

        return false;
    }
}
