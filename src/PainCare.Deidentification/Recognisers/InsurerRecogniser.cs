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
        "students", "member", "rep", "base", "office", "staff", "team", "plane", "retrieval", "radio", "fm", "league", "bus", "buses",
        "driver", "drivers", "depot", "plant", "mine", "factory", "branch", "union", "store", "warehouse", "player", "players", "hostel",
        "shelter", "uniform", "roster", "payroll", "van", "truck", "steward", "stewards", "delegate", "organiser", "helpline", "hotline",
        "podiatrist", "physio", "physiotherapist", "dietitian", "caseworker", "outreach", "reg", "registration",
    };

    // A record number's label after an acronym makes the acronym the service that issued it ("KLHS MRN 0042").
    private static readonly HashSet<string> _recordLabels = new(StringComparer.Ordinal) { "hrn", "mrn", "urn", "ur", "umrn", "id" };

    /// <summary>An acronym after a word of affiliation or before a word of membership: "funded through KWT", "a ZKU student", "the PXB claim".</summary>
    private static bool IsAgencyAcronym(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        if (!token.IsAllCaps || token.Base.Length is < 2 or > 6 || token.Base.Length == 2 && !BeforeGroupOrHospitalWord(context, i)
            || !token.Base.All(char.IsAsciiLetterUpper) || context.Protected[i] || context.IsCommon(token)
            || EnglishWords.Contains(token.Key) || ClinicalAbbreviations.Contains(token.Key) || Gazetteer.RegionCodes.Contains(token.Base)
            || IdNumberRecogniser.Regulators.Contains(token.Base))
        {
            return false;
        }

        // "Harbourside Hospital (HSH)": the bracketed letters after a facility's name are its short name.
        return context.TokenAt(i - 1) is { IsCapitalised: false } before && _agencyBefore.Contains(before.Key) && context.IsSpaceGap(i - 1, i)
            || context.TokenAt(i - 1) is { IsCapitalised: true } named && FacilityRecogniser.IsHeadWord(named.Key) && context.Gap(i - 1, i) is " ("
            || ShortNameAfterProperName(context, i)
            || BeforeGroupOrHospitalWord(context, i)
            || AfterMembership(context, i)
            || AfterWorkFor(context, i)
            || context.TokenAt(i + 1) is { IsAllCaps: false } after && _agencyAfter.Contains(after.Key) && context.IsSpaceGap(i, i + 1)
            || context.TokenAt(i + 1) is { IsAllCaps: true } label && _recordLabels.Contains(label.Key) && context.IsSpaceGap(i, i + 1);
    }

    /// <summary>"does shifts for the KDC", "works for the MOJ": an acronym after "for (the)" that follows a work word.</summary>
    private static bool AfterWorkFor(ScanContext context, int i)
    {
        var k = i - 1;
        if (context.TokenAt(k) is { Key: "the" })
        {
            k--;
        }

        if (context.TokenAt(k) is not { Key: "for" })
        {
            return false;
        }

        for (var w = k - 1; w >= 0 && w >= k - 3; w--)
        {
            if (_workWords.Contains(context.Tokens[w].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a member of the GWU", "joined the RNZN": what a person belongs to is a union, a service or a society.</summary>
    private static bool AfterMembership(ScanContext context, int i)
    {
        var k = i - 1;
        if (context.TokenAt(k) is { Key: "the" })
        {
            k--;
        }

        if (context.TokenAt(k) is { Key: "of" })
        {
            k--;
        }

        return k < i - 1 && context.TokenAt(k) is { Key: "member" or "members" or "joined" or "rep" or "delegate" or "steward" };
    }

    /// <summary>
    /// "Tarn Valley Hawks (TVH)", "Mr Osei (KWRS)": letters in brackets straight after a proper name or a person are
    /// an organisation's short name; after a term ("… Scale (XYZ)") they are the term's own abbreviation.
    /// </summary>
    private static bool ShortNameAfterProperName(ScanContext context, int i)
    {
        if (context.TokenAt(i - 1) is not { IsCapitalised: true } named || context.Gap(i - 1, i) is not " (" || context.TokenAt(i + 1) is not null && !context.Gap(i, i + 1).StartsWith(")"))
        {
            return false;
        }

        return !context.Protected[i - 1] && !context.IsCommon(named) && !ClinicalStructure.IsHead(named.Key) && !named.IsAllCaps && !NameRules.IsCalendar(named);
    }

    // What a team or a hospital's short name stands before, perhaps after a word or two ("the KRH spinal clinic").
    private static readonly HashSet<string> _groupOrHospitalWords = new(StringComparer.Ordinal)
    {
        "team", "crew", "squad", "club", "side", "choir", "band", "clinic", "ward", "wards", "a&e", "ed", "er", "icu", "amu", "mau",
        "outpatients", "theatres", "theatre", "maternity", "emergency", "campus", "site",
    };

    /// <summary>"the HVS senior netball team", "the KRH spinal clinic": a short name before what it names, after "the".</summary>
    private static bool BeforeGroupOrHospitalWord(ScanContext context, int i)
    {
        if (context.TokenAt(i - 1) is not { Key: "the" or "at" or "from" or "for" or "in" })
        {
            return false;
        }

        for (var k = i + 1; k < context.Tokens.Count && k <= i + 4; k++)
        {
            var word = context.Tokens[k];
            if (!context.IsSpaceGap(k - 1, k) || word.IsCapitalised && !word.IsAllCaps)
            {
                return false;
            }

            if (_groupOrHospitalWords.Contains(word.Key))
            {
                return true;
            }
        }

        return false;
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
