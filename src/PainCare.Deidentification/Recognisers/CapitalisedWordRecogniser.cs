using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// The catch-all: a capitalised word in mid-sentence that no list explains (not clinical, not everyday, not a
/// calendar word) is most likely a name, place or organisation; so is a pair of such words opening a sentence.
/// Lowest priority, so every specific recogniser overrides it.
/// </summary>
internal sealed class CapitalisedWordRecogniser : IRecogniser
{
    // Verbs that only a person does; "Oluwaseun reports" is a name even with no other cue. "is/has" are too common to use.
    private static readonly HashSet<string> _humanVerbs = new(StringComparer.Ordinal)
    {
        "reports", "reported", "described", "describes", "said", "says", "rang", "phoned", "explained", "explains", "asked", "asks", "told",
        "tells", "feels", "felt", "wants", "wanted", "prefers", "preferred", "chose", "attended", "attends", "lives", "lived", "works",
        "worked", "agreed", "agrees", "declined", "declines", "denies", "denied", "believes", "believed", "hopes", "hoped", "worries",
        "worried", "cried", "laughed", "smiled", "arrived", "presented", "presents", "mentioned", "mentions", "admitted", "admits",
    };

    private static readonly HashSet<string> _notNames = new(StringComparer.Ordinal)
    {
        "patient", "client", "staff", "nurse", "husband", "wife", "partner", "son", "daughter", "mother", "father", "family", "everyone",
        "nobody", "someone", "physio", "physiotherapist", "doctor", "surgeon", "consultant", "psychologist", "team", "carer", "parent",
        "parents", "sister", "brother", "friend", "employer", "manager", "colleague", "teacher", "school", "ward", "clinic",
    };

    private static bool HasNameWord(ScanContext context, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var key = context.Tokens[k].Key;
            if (Gazetteer.IsAnyName(key) || context.Known.NameKeys.ContainsKey(key))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSubjectOfHumanVerb(ScanContext context, int i) =>
        !_notNames.Contains(context.Tokens[i].Key) && context.TokenAt(i + 1) is { IsCapitalised: false } next
        && _humanVerbs.Contains(next.Key) && context.IsSpaceGap(i, i + 1);

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Month names that are also given names (May, June) are left to the date recogniser and to name cues.
            if (!NameRules.CanBeName(context, i) || token.IsAllCaps && token.Base.Length <= 5 || token.Key is "may" or "june" or "april" or "august")
            {
                continue;
            }

            var end = PlaceRecogniser.PhraseEnd(context, i);
            var subject = IsSubjectOfHumanVerb(context, end);
            if (token.IsSentenceStart && end == i && !subject)
            {
                continue;
            }

            // A run of title-case words with no name in it is far more often a heading or a term ("Straight Leg Raise")
            // than a name; names in runs are caught by the gazetteers, titles and cues instead.
            if (end > i && !HasNameWord(context, i, end) && !subject)
            {
                i = end;
                continue;
            }

            for (var k = i; k <= end; k++)
            {
                candidates.Add(NameRules.NameCandidate(context, k, k == i && end > i ? NameRole.Given : NameRole.Unknown, Priorities.Heuristic));
            }

            i = end;
        }
    }
}
