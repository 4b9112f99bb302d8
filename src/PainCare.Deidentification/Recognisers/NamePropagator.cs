using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Once a word is established as a name or place anywhere in the text, every other capitalised use of it is too, and
/// every lower-case use that is no everyday word:
/// "Tilly (what everyone at home calls her)" makes "Bex's plan" a name even at the start of a sentence.
/// </summary>
internal static class NamePropagator
{
    public static void Propagate(ScanContext context, List<Candidate> sources, List<Candidate> candidates)
    {
        NameNeighbours.Add(context, sources, candidates);
        NameInitials.Add(context, sources, candidates);
        var names = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in sources.Where(c => c.Priority >= Priorities.Heuristic))
        {
            if (c.Kind == CandidateKind.Name && c.Priority != Priorities.Protect)
            {
                var index = context.TokenIndexFrom(c.Start);
                if (index < context.Tokens.Count && context.Tokens[index].BaseEnd == c.End)
                {
                    names.TryAdd(context.Tokens[index].Key, c);
                }
            }
            else if (c.Kind == CandidateKind.Location && c.Priority >= Priorities.Context && context.TokenIndexFrom(c.Start) is var first && first < context.Tokens.Count && context.Tokens[first].BaseEnd == c.End)
            {
                places.Add(context.Tokens[first].Key);
            }
        }

        if (names.Count == 0 && places.Count == 0)
        {
            return;
        }

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var wordLike = Gazetteer.NameWords.Contains(token.Key) || token.Key.Length <= 2;
            if (context.Protected[i] || (!token.IsCapitalised && wordLike) || !token.IsCapitalised && !token.IsAllCaps && token.Key.Length < 4)
            {
                continue;
            }

            // A lower-case mention is the same person or place only when it is no everyday word ("morag", not "will").
            if (!token.IsCapitalised && (EnglishWords.Contains(token.Key) || !UnknownWords.IsUnknownKey(token.Key)))
            {
                continue;
            }

            if (names.TryGetValue(token.Key, out var source))
            {
                candidates.Add(source with { Start = token.Start, End = token.BaseEnd, Priority = Priorities.Context - 1 });
            }
            else if (places.Contains(token.Key))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Location, Categories.Location, Priorities.Context - 1));
            }
        }
    }
}
