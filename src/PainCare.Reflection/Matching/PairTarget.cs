using System.Collections.Frozen;
using PainCare.Reflection.Text;

namespace PainCare.Reflection.Matching;

internal static partial class PairScope
{
    /// <summary>How many words after a complaint may lead to what it is about ("unhappy with her own weight").</summary>
    private const int TargetReach = 4;

    private static readonly FrozenSet<string> _leadWords = FrozenSet.ToFrozenSet(
        ["about", "with", "of", "by", "at", "the", "her", "his", "their", "a", "an", "own", "in"]);

    /// <summary>The patient's own self, body or symptoms: a complaint aimed at these is not a strain with the care.</summary>
    private static readonly FrozenSet<string> _selfOrBody = FrozenSet.ToFrozenSet(
        ["herself", "himself", "themselves", "own", "pain", "pains", "stiffness", "ache", "aches", "aching", "swelling", "weight", "body",
            "knee", "knees", "back", "neck", "shoulder", "shoulders", "hip", "hips", "ankle", "wrist", "elbow", "hand", "hands", "foot", "feet",
            "leg", "legs", "progress", "sleep", "symptoms", "fatigue", "tiredness", "numbness", "tingling", "cramp", "cramps", "headaches",
            "mood", "balance", "appearance", "scar", "limp"]);

    /// <summary>Medicines: distrust of a drug is a view of the drug, not a strain with the people giving care.</summary>
    private static readonly FrozenSet<string> _medicines = FrozenSet.ToFrozenSet(
        ["tablets", "tablet", "pills", "pill", "painkillers", "painkiller", "medication", "medications", "medicine", "medicines", "meds",
            "opioids", "opiates", "morphine", "codeine", "tramadol", "drugs", "patches", "patch", "steroids", "injections"]);

    /// <summary>
    /// "Lost faith in the tablets", "distrusts painkillers": trust aimed at a medicine. "Doesn't trust the clinic" and
    /// "lost faith in physio" are still the care.
    /// </summary>
    private static bool TrustAimedAtMedicine(TokenStream tokens, PhraseMatch match)
    {
        var trust = false;
        for (var j = match.First; j < match.End && !trust; j++)
        {
            var lower = tokens.Lower(j);
            trust = lower.Contains("trust", StringComparison.Ordinal) || lower.StartsWith("faith", StringComparison.Ordinal);
        }

        if (!trust)
        {
            return false;
        }

        var clause = tokens[match.End - 1].Clause;
        for (var k = match.End; k < tokens.Count && k < match.End + TargetReach && tokens[k].Clause == clause; k++)
        {
            var lower = tokens.Lower(k);
            if (WordLists.In(_medicines, lower))
            {
                return true;
            }

            if (!WordLists.In(_leadWords, lower) && lower is not ("any" or "more" or "further" or "strong" or "new"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Complains of stiffness", "not happy with her weight", "blamed herself", "dismissive of his own progress": the
    /// complaint is about the patient's own body or self, not about the clinician or the care.
    /// </summary>
    private static bool AimedAtSelfOrBody(TokenStream tokens, PhraseMatch match)
    {
        var clause = tokens[match.End - 1].Clause;
        for (var k = match.End; k < tokens.Count && k < match.End + TargetReach && tokens[k].Clause == clause; k++)
        {
            var lower = tokens.Lower(k);
            if (WordLists.In(_selfOrBody, lower))
            {
                return !NamesAService(tokens, k);
            }

            if (!WordLists.In(_leadWords, lower))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"The pain service", "his pain relief", "the back clinic": a body word heading a service is the care.</summary>
    private static bool NamesAService(TokenStream tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Clause == tokens[k].Clause
        && tokens.Lower(k + 1) is "relief" or "service" or "services" or "clinic" or "team" or "management" or "medication" or "medicine"
            or "specialist" or "consultant" or "programme" or "program" or "killers" or "killer" or "school" or "unit";
}
