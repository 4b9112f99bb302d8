using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Sports teams and clubs named by how people belong to them ("plays for the Harbour Kestrels", "coaches Dunmore")
/// or by the game after them ("the Riverside Falcons netball side"): a club places a person as surely as a school.
/// </summary>
internal sealed class TeamRecogniser : IRecogniser
{
    // Verbs of belonging to a side; "plays", "played" and "signed" need "for" or "with" after them (perhaps after a position).
    private static readonly HashSet<string> _memberVerbs = new(StringComparer.Ordinal)
    {
        "captains", "captained", "coaches", "coached", "supports", "supported", "follows",
    };

    private static readonly HashSet<string> _forVerbs = new(StringComparer.Ordinal)
    {
        "plays", "play", "played", "playing", "signed", "selected", "picked", "trains", "trained", "training", "rides", "rode", "rows", "runs",
    };

    private static readonly HashSet<string> _gameWords = new(StringComparer.Ordinal)
    {
        "netball", "football", "rugby", "hockey", "cricket", "basketball", "soccer", "hurling", "camogie", "baseball", "softball", "volleyball",
        "league", "side", "team", "squad", "reserves", "juniors", "seniors", "colts", "academy", "under-12s", "under-14s", "under-16s",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            var token = tokens[i];
            var start = -1;
            if (_memberVerbs.Contains(token.Key) && !token.IsCapitalised)
            {
                start = i + 1;
            }
            else if (_forVerbs.Contains(token.Key) && ForAfter(context, i) is > 0 and var preposition)
            {
                start = preposition + 1;
            }
            else if (token.Key is "coach" or "captain" && context.TokenAt(i + 1) is { Key: "of", IsCapitalised: false } && context.IsSpaceGap(i, i + 1))
            {
                start = i + 2;
            }
            else if (token.Key == "the" && !token.IsCapitalised)
            {
                var end = RunEnd(context, i + 1);
                if (end > i && tokens[end].Key.EndsWith('s') && context.TokenAt(end + 1) is { IsCapitalised: false } game
                    && _gameWords.Contains(game.Key) && context.IsSpaceGap(end, end + 1))
                {
                    Add(context, candidates, i + 1, end);
                    i = end;
                }

                continue;
            }

            if (start < 0 || start >= tokens.Count)
            {
                continue;
            }

            if (tokens[start].Key == "the" && !tokens[start].IsCapitalised && context.IsSpaceGap(start - 1, start))
            {
                start++;
            }

            var last = RunEnd(context, start);
            if (last >= start && context.IsSpaceGap(start - 1, start))
            {
                Add(context, candidates, start, last);
                i = last;
            }
        }
    }

    /// <summary>"plays for", "plays halfback for", "signed with": the index of the preposition, or -1.</summary>
    private static int ForAfter(ScanContext context, int verb)
    {
        for (var k = verb + 1; k <= verb + 2 && k < context.Tokens.Count && context.IsSpaceGap(k - 1, k); k++)
        {
            // Children play with toys and friends; only a signing or a training partner "with" is a side.
            if (!context.Tokens[k].IsCapitalised && (context.Tokens[k].Key == "for" || context.Tokens[k].Key == "with" && !context.Tokens[verb].Key.StartsWith("play", StringComparison.Ordinal)))
            {
                return k;
            }

            if (context.Tokens[k].IsCapitalised)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The last of up to three capitalised, unprotected words joined by spaces from <paramref name="first"/>, or first - 1.</summary>
    private static int RunEnd(ScanContext context, int first)
    {
        var last = first - 1;
        for (var k = first; k < context.Tokens.Count && k < first + 3; k++)
        {
            var token = context.Tokens[k];
            if (!token.IsCapitalised || context.Protected[k] || (k > first && !context.IsSpaceGap(k - 1, k)))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    private static void Add(ScanContext context, List<Candidate> candidates, int first, int last) =>
        candidates.Add(new Candidate(context.Tokens[first].Start, context.Tokens[last].BaseEnd, CandidateKind.Organisation, Categories.Organisation, Priorities.Context + 5));
}
