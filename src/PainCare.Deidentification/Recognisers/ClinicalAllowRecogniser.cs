using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Marks clinical text that looks like a name (eponyms, tests, scales, brands) so guesses leave it alone. Besides the
/// list, a capitalised word directly before a clinical head noun ("Trendelenburg sign", "Thomas test") is an eponym.
/// </summary>
internal sealed class ClinicalAllowRecogniser : IRecogniser
{
    private static readonly HashSet<string> _headNouns = new(StringComparer.Ordinal)
    {
        "sign", "signs", "test", "tests", "disease", "syndrome", "phenomenon", "nodes", "node", "cyst", "fracture", "atrophy", "neuralgia",
        "palsy", "manoeuvre", "maneuver", "reflex", "score", "scale", "index", "questionnaire", "inventory", "criteria", "classification",
        "technique", "method", "procedure", "operation", "repair", "splint", "brace", "tendinopathy", "tenosynovitis", "contracture",
        "neuroma", "thyroiditis", "deformity", "lesion", "ulcer", "arthropathy", "myopathy", "dystrophy", "sarcoma", "lymphoma", "rule",
        "rules", "position", "approach", "protocol", "therapy", "exercises", "exercise",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = Gazetteer.ClinicalAllow.MatchAt(context.Text, tokens, i);
            if (length == 0 && tokens[i].IsCapitalised && !tokens[i].IsAllCaps && i + 1 < tokens.Count && _headNouns.Contains(tokens[i + 1].Key)
                && context.IsSpaceGap(i, i + 1) && (tokens[i].IsPossessive || !context.Known.NameKeys.ContainsKey(tokens[i].Key)))
            {
                length = 1;
            }

            if (length == 0)
            {
                continue;
            }

            for (var k = i; k < i + length; k++)
            {
                context.Protected[k] = true;
            }

            candidates.Add(new Candidate(tokens[i].Start, tokens[i + length - 1].End, CandidateKind.Protect, string.Empty, Priorities.Protect));
            i += length - 1;
        }
    }
}
