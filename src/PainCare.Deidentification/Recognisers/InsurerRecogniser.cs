using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>The organisation named just before a membership or claim label: "Aetna member ID", "BCBS member ID", "Aviva claim reference".</summary>
internal sealed class InsurerRecogniser : IRecogniser
{
    private static readonly HashSet<string> _labels = new(StringComparer.Ordinal) { "member", "membership", "policy", "claim", "insurance", "plan", "customer", "account" };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
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
