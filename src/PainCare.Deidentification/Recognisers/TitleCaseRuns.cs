using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Title-case runs of everyday words in mid-sentence ("out past Kings Cross", "sings with Silver Sounds"): in running
/// prose a writer capitalises ordinary words for a proper name, so such a run is a place or a group, unless it reads as
/// a term (a clinical word, a head such as "Scale" or "Programme") or a job ("Ward Manager").
/// </summary>
internal static class TitleCaseRuns
{
    private static readonly Lazy<HashSet<string>> _lazyClinicalWords = new(() =>
        Gazetteer.ClinicalAllowLines.SelectMany(line => Tokenizer.Tokenize(line)).Select(t => t.Key).ToHashSet(StringComparer.Ordinal));

    // Jobs: a run ending in one names a role ("Ward Manager"), which identifies no one.
    private static readonly HashSet<string> _roles = new(StringComparer.Ordinal)
    {
        "therapist", "physiotherapist", "physio", "manager", "practitioner", "psychologist", "psychiatrist", "adviser", "advisor", "nurse",
        "officer", "worker", "coordinator", "co-ordinator", "consultant", "surgeon", "registrar", "director", "specialist", "lead", "assistant",
        "educator", "counsellor", "counselor", "chaplain", "pharmacist", "dietitian", "dietician", "podiatrist", "doctor", "clinician",
        "physician", "paramedic", "midwife", "technician", "receptionist", "administrator", "secretary", "senior", "junior", "principal",
        "chief", "head", "student", "trainee", "fellow", "intern", "resident", "attending", "supervisor", "mentor", "navigator", "liaison",
    };

    // Services, documents and sessions: a run with one of these names a department or a form, not a place or a group.
    private static readonly HashSet<string> _services = new(StringComparer.Ordinal)
    {
        "service", "services", "department", "team", "unit", "plan", "review", "report", "form", "card", "pathway", "referral", "care",
        "support", "medicine", "surgery", "rehabilitation", "health", "wellbeing", "practice", "no", "number", "ref", "reference",
        "evaluation", "training", "workshop", "course", "module", "education", "session", "sessions", "group", "screening", "check",
    };

    /// <summary>A job's word ("Physiotherapist", "Senior"), so a capitalised word before it is a rank, not an employer.</summary>
    public static bool IsRole(string key) => _roles.Contains(key);

    // Programmes and campaigns are often named as a call to act ("Stay Upright", "Stay Strong"); places and groups are not.
    private static readonly HashSet<string> _imperatives = new(StringComparer.Ordinal)
    {
        "keep", "stay", "get", "go", "move", "explain", "start", "live", "feel", "be", "take", "step", "walk", "stand", "sit", "make",
        "let", "think", "know", "beat", "stop", "ask", "find", "build", "grow", "bounce", "back", "break", "love", "look", "eat", "sleep",
    };

    /// <summary>Whether tokens first..last, none of them a listed name, read as a proper name rather than a term or a role.</summary>
    public static bool IsProperPhrase(ScanContext context, int first, int last)
    {
        var tokens = context.Tokens;
        if (tokens[first].IsSentenceStart || _imperatives.Contains(tokens[first].Key))
        {
            return false;
        }

        var distinctive = 0;
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            // A word in no vocabulary is left to the catch-all, which replaces just that word ("Whenuapai Airport").
            if (token.IsAllCaps || !token.IsCapitalised || _roles.Contains(token.Key) || _services.Contains(token.Key) || ClinicalStructure.IsHead(token.Key)
                || UnknownWords.IsUnknown(context, k))
            {
                return false;
            }

            if (!_lazyClinicalWords.Value.Contains(token.Key))
            {
                distinctive++;
            }
        }

        return distinctive > 0;
    }

    /// <summary>The run as one place or group: an organisation when it ends in an organisation's word, else a location.</summary>
    public static Candidate Candidate(ScanContext context, int first, int last)
    {
        var organisation = FacilityRecogniser.IsOrganisationHead(context.Tokens[last].Key);
        return new Candidate(context.Tokens[first].Start, context.Tokens[last].BaseEnd, organisation ? CandidateKind.Organisation : CandidateKind.Location,
            organisation ? Categories.Organisation : Categories.Location, Priorities.Heuristic);
    }
}
