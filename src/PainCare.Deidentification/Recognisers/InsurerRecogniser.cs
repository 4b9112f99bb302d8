using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Organisations named by an acronym or beside a label: "Cigna member ID", "HCF member ID", "drives trucks for BHP".</summary>
internal sealed class InsurerRecogniser : IRecogniser
{
    private static readonly HashSet<string> _labels = new(StringComparer.Ordinal) { "member", "membership", "policy", "claim", "insurance", "plan", "customer", "account" };

    // Employers written as acronyms ("drives trucks for BHP") are only trusted after a work word, because clinical
    // acronyms follow the same prepositions ("referred for CBT").
    private static readonly HashSet<string> _workWords = new(StringComparer.Ordinal)
    {
        "works", "worked", "working", "work", "employed", "employee", "job", "shifts", "drives", "drove", "contract", "contractor", "trucks",
        "retired", "apprentice", "apprenticeship", "joined", "manager", "staff",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 2; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsAllCaps && token.Base.Length is >= 2 and <= 6 && !context.Protected[i] && !context.IsCommon(token)
                && tokens[i - 1].Key is "for" or "at" or "with" or "by" or "from" && context.IsSpaceGap(i - 1, i)
                && Enumerable.Range(Math.Max(0, i - 5), i - 1 - Math.Max(0, i - 5)).Any(k => _workWords.Contains(tokens[k].Key)))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Organisation, Categories.Organisation, Priorities.Context));
            }
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsCapitalised && token.Base.Length >= 2 && !context.Protected[i] && !context.IsCommon(token) && !NameRules.IsCalendar(token)
                && _labels.Contains(tokens[i + 1].Key) && !tokens[i + 1].IsCapitalised && context.IsSpaceGap(i, i + 1))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Organisation, Categories.Organisation, Priorities.Context));
            }
        }
    }
}
