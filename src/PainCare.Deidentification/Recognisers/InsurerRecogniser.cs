using PainCare.Deidentification.Gazetteers;
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

    // Around an acronym, words that make it an agency, insurer, university or retrieval service rather than a test.
    private static readonly HashSet<string> _agencyBefore = new(StringComparer.Ordinal) { "at", "from", "via", "under", "through", "by", "with" };

    private static readonly HashSet<string> _agencyAfter = new(StringComparer.Ordinal)
    {
        "claim", "claims", "case", "session", "sessions", "quota", "funding", "cover", "flight", "flights", "crew", "campus", "student",
        "students", "member", "rep", "base", "office", "staff", "team", "plane", "retrieval",
    };

    /// <summary>An acronym after a word of affiliation or before a word of membership: "funded through KWT", "a ZKU student", "the PXB claim".</summary>
    private static bool IsAgencyAcronym(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        if (!token.IsAllCaps || token.Base.Length is < 3 or > 6 || !token.Base.All(char.IsAsciiLetterUpper) || context.Protected[i] || context.IsCommon(token)
            || EnglishWords.Contains(token.Key) || ClinicalAbbreviations.Contains(token.Key) || Gazetteer.RegionCodes.Contains(token.Base))
        {
            return false;
        }

        // "Harbourside Hospital (HSH)": the bracketed letters after a facility's name are its short name.
        return context.TokenAt(i - 1) is { IsCapitalised: false } before && _agencyBefore.Contains(before.Key) && context.IsSpaceGap(i - 1, i)
            || context.TokenAt(i - 1) is { IsCapitalised: true } named && FacilityRecogniser.IsHeadWord(named.Key) && context.Gap(i - 1, i) is " ("
            || context.TokenAt(i + 1) is { IsAllCaps: false } after && _agencyAfter.Contains(after.Key) && context.IsSpaceGap(i, i + 1);
    }

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 2; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsAllCaps && token.Base.Length is >= 2 and <= 6 && !context.Protected[i] && !context.IsCommon(token) && !ClinicalAbbreviations.Contains(token.Key)
                && tokens[i - 1].Key is "for" or "at" or "with" or "by" or "from" && context.IsSpaceGap(i - 1, i)
                && Enumerable.Range(Math.Max(0, i - 5), i - 1 - Math.Max(0, i - 5)).Any(k => _workWords.Contains(tokens[k].Key)))
            {
                candidates.Add(new Candidate(token.Start, token.BaseEnd, CandidateKind.Organisation, Categories.Organisation, Priorities.Context));
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsAgencyAcronym(context, i))
            {
                candidates.Add(new Candidate(tokens[i].Start, tokens[i].BaseEnd, CandidateKind.Organisation, Categories.Organisation, Priorities.Context));
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
