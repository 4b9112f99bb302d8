using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Known;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// What sits beside a name found elsewhere belongs to the same person: an initial before or after it ("J. Whitworth",
/// "Mohammed A."), a short given name before a surname ("Jo Hennessy"), and a shortened form of the name used
/// on its own later ("Ceridwen" then "Ceri").
/// </summary>
internal static class NameNeighbours
{
    public static void Add(ScanContext context, List<Candidate> sources, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        var nameKeys = new List<(string Key, Candidate Source)>();
        foreach (var c in sources.Where(c => c.Kind == CandidateKind.Name && c.Priority >= Priorities.Heuristic && c.Priority != Priorities.Protect))
        {
            var first = context.TokenIndexFrom(c.Start);
            if (first >= tokens.Count)
            {
                continue;
            }

            var last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].Start < c.End)
            {
                last++;
            }

            AddInitial(context, candidates, first - 1, last, before: true);
            AddInitial(context, candidates, last + 1, last, before: false);
            if (first > 0 && context.IsSpaceGap(first - 1, first) && tokens[first - 1] is { IsCapitalised: true, IsAllCaps: false } given
                && given.Base.Length is 2 or 3 && (Gazetteer.IsGivenName(given.Key) || !EnglishWords.Contains(given.Key)) && !NameRules.Titles.Contains(given.Key)
                && !ClinicalAbbreviations.Contains(given.Key) && !NameRules.IsCalendar(given) && !context.Protected[first - 1]
                && !sources.Any(s => s.Start <= given.Start && given.Start < s.End))
            {
                candidates.Add(NameRules.NameCandidate(context, first - 1, NameRole.Given, Priorities.Context - 1));
            }

            // "Willie (Wilfred Tootoosis, b. 1958)", "Gerry ('Ger') Daly": the word before a bracket that opens with a name is the
            // same person's name, as a record writes a usual name with the full or pet name beside it.
            if (first > 0 && context.Gap(first - 1, first).TrimEnd("'\"‘“") is " (" && IsNameBeforeBracket(context, first - 1)
                && !sources.Any(s => s.Start <= tokens[first - 1].Start && tokens[first - 1].Start < s.End))
            {
                candidates.Add(NameRules.NameCandidate(context, first - 1, NameRole.Given, Priorities.Context));
            }

            if (first == last && tokens[first].Key.Length >= 6)
            {
                nameKeys.Add((tokens[first].Key, c));
            }
        }

        AddShortForms(context, nameKeys, candidates);
    }

    private static bool IsNameBeforeBracket(ScanContext context, int i)
    {
        var t = context.Tokens[i];
        return t.IsCapitalised && !t.IsAllCaps && t.Base.Length >= 2 && !context.Protected[i] && !context.IsCommon(t) && !NameRules.Titles.Contains(t.Key)
            && !NameRules.IsCalendar(t) && !ClinicalAbbreviations.Contains(t.Key) && (Gazetteer.IsGivenName(t.Key) || !EnglishWords.Contains(t.Key));
    }

    private static void AddInitial(ScanContext context, List<Candidate> candidates, int i, int nameEnd, bool before)
    {
        // "R." and "L." beside a word are far more often a side of the body than an initial.
        if (i < 0 || i >= context.Tokens.Count || !NameRules.IsInitial(context, i) || context.Tokens[i].Base is "R" or "L")
        {
            return;
        }

        var gapOk = before ? context.Gap(i, i + 1) is ". " : context.IsSpaceGap(nameEnd, i);
        if (gapOk)
        {
            var token = context.Tokens[i];
            candidates.Add(new Candidate(token.Start, token.End + 1, CandidateKind.Initials, Categories.Name, Priorities.Context - 1));
        }
    }

    /// <summary>"Ceri" after "Ceridwen": an unknown capitalised word that opens a longer name in the same text.</summary>
    private static void AddShortForms(ScanContext context, List<(string Key, Candidate Source)> nameKeys, List<Candidate> candidates)
    {
        if (nameKeys.Count == 0)
        {
            return;
        }

        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalised || token.IsAllCaps || token.Key.Length < 3 || !UnknownWords.IsUnknown(context, i))
            {
                continue;
            }

            foreach (var (key, source) in nameKeys)
            {
                if (key.Length >= token.Key.Length + 2 && key.StartsWith(token.Key, StringComparison.Ordinal))
                {
                    candidates.Add(source with { Start = token.Start, End = token.BaseEnd, Priority = Priorities.Context - 1 });
                    break;
                }
            }
        }
    }
}
