using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Clinical terms no list holds, kept by their shape: a title-case run ending in a clinical head noun ("Harlow Fatigue
/// Index"), a capitalised word before an exercise or class word ("Zercher squat", "Hatha yoga class"), a capitalised
/// brand before a dose or a form ("Lodine SR", "Foo 50 mg"), and international drug-name stems ("Pregabalin").
/// A run holding one of the record's names, or led by a title ("Dr"), is never kept: the record wins.
/// </summary>
internal static partial class ClinicalStructure
{
    // Heads that name an instrument, sign, condition or product; in title case they end a run ("Pain Index").
    private static readonly HashSet<string> _heads = new(StringComparer.Ordinal)
    {
        "index", "scale", "score", "questionnaire", "test", "tests", "inventory", "measure", "assessment", "sign", "signs", "syndrome",
        "disease", "fracture", "palsy", "tool", "system", "examination", "checklist", "profile", "rating", "screen", "battery", "criteria",
        "classification", "manoeuvre", "maneuver", "reflex", "virus", "fever", "lesion", "nodes", "cyst", "neuroma", "contracture", "gait",
        "gel", "cream", "patch", "tablets", "tablet", "capsules", "spray", "ointment", "lotion", "drops", "injection", "balm", "rub", "inhaler",
        "method", "technique", "approach", "protocol", "therapy", "programme", "program", "class", "classes", "exercises", "routine", "pathway",
    };

    // Exercise words that are also verbs ("Jordan and Sam walk"), kept only where they cannot be read as a verb.
    private static readonly HashSet<string> _exerciseVerbs = new(StringComparer.Ordinal)
    {
        "press", "walk", "drill", "hold", "curl", "raise", "squat", "lunge", "row", "lift", "deadlift", "bridge", "plank", "stretch",
        "crunch", "twist", "carry", "swing", "ball", "stretches", "mobilisations", "mobilizations", "mobilisation", "mobilization",
        "glide", "slump",
    };

    // Movement and handling nouns that follow a method's name ("McKenzie retraction"); never verbs, so no verb check.
    private static readonly HashSet<string> _methodNouns = new(StringComparer.Ordinal)
    {
        "extension", "extensions", "retraction", "retractions", "flexion", "press-up", "press-ups", "glides", "snags", "nags", "handling",
        "taping", "mobilisation", "mobilization",
    };

    // Equipment and exercise nouns that follow a brand or a method's name ("Vantra treadmill", "Halden rotations").
    private static readonly HashSet<string> _equipmentNouns = new(StringComparer.Ordinal)
    {
        "trainer", "treadmill", "machine", "bike", "ergometer", "putty", "dilator", "dilators", "hoist", "frame", "walker", "boot",
        "collar", "sling", "cushion", "device", "app", "band", "bands", "roller", "board", "tape", "sleeve", "insoles", "orthotics",
        "orthosis", "coil", "implant", "stockings", "wrap", "pillow", "mattress", "dynamometer", "goniometer", "monitor", "unit", "kit",
        "rotations", "rotation", "adductor", "adduction", "hamstring", "hamstrings", "grip", "splint", "brace", "bar", "bars", "wand",
        "ball", "pump", "stand", "cuff", "questionnaire", "podcast", "video", "videos", "website", "book", "workbook", "course", "handout",
    };

    private static readonly HashSet<string> _joiners = new(StringComparer.Ordinal) { "and", "of", "the", "for", "in", "on", "to", "&" };

    // A lower-case word between the name and the head that is really a verb or function word ("Jordan took class").
    private static readonly HashSet<string> _notDescriptors = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "their", "my", "our", "your", "its", "this", "that", "no", "any", "to", "and", "or", "but", "will",
        "would", "did", "had", "has", "was", "is", "can", "could", "may", "might", "took", "left", "got", "made", "gave", "went", "saw",
        "ran", "said", "felt", "taught", "teaches", "runs", "missed", "skipped", "loves", "hates", "likes", "began", "joined",
    };

    // Words that make an exercise verb read as a verb when they follow it ("walk home", "press the button").
    private static readonly HashSet<string> _verbFollowers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "her", "his", "their", "my", "our", "to", "up", "down", "in", "on", "out", "with", "home", "into", "over", "back",
    };

    private static readonly HashSet<string> _peopleBefore = new(StringComparer.Ordinal)
    {
        "and", "or", "husband", "wife", "partner", "son", "daughter", "mother", "father", "mum", "dad", "brother", "sister", "friend",
        "manager", "boss", "colleague", "neighbour", "neighbor", "carer", "nan", "grandson", "granddaughter", "niece", "nephew",
    };

    /// <summary>Tokens from <paramref name="i"/> that form a clinical term by shape, or 0.</summary>
    public static int Length(ScanContext context, int i)
    {
        var tokens = context.Tokens;
        var first = tokens[i];
        if (!first.IsCapitalised || IsRecordName(context, i) || NameRules.Titles.Contains(first.Key) || AfterTitle(context, i))
        {
            return 0;
        }

        if (IsDrugStem(first.Key))
        {
            return 1;
        }

        // The title-case run: capitalised words, joined by minor words only when a capitalised word follows.
        var last = i;
        for (var k = i + 1; k < tokens.Count && k - i < 9 && context.IsSpaceGap(k - 1, k); k++)
        {
            if (tokens[k].IsCapitalised)
            {
                if (IsRecordName(context, k))
                {
                    return 0;
                }

                last = k;
                // "X Health Network Neck Pain Programme": the organisation ends the run; its programme is another phrase.
                if (k > i + 1 && IsHealthOrganisation(context, i, k))
                {
                    break;
                }
            }
            // "Wairau Hospital for Kiwi cuff": an institution ends the run; what follows its "for" is another phrase.
            else if (!_joiners.Contains(tokens[k].Key) || context.TokenAt(k + 1) is not { IsCapitalised: true } || FacilityRecogniser.IsHeadWord(tokens[k - 1].Key))
            {
                break;
            }
        }

        for (var k = last; k > i; k--)
        {
            if (_heads.Contains(tokens[k].Key))
            {
                return IsHealthOrganisation(context, i, k) ? 0 : k - i + 1;
            }
        }

        return Lowercase(context, i, last) is var n and > 0 ? n : BrandBeforeDose(context, i, last) ? last - i + 1 : 0;
    }

    /// <summary>The run, then a lower-case head, optionally after one descriptive word ("Hatha yoga class").</summary>
    private static int Lowercase(ScanContext context, int i, int last)
    {
        // "Kacper's bike" is someone's bike; a brand names its equipment without a possessive.
        if (context.Tokens[last].IsPossessive)
        {
            return 0;
        }

        // "Kirkton Hospital hand therapy": a named institution before a service, not a method's name.
        for (var k = i; k <= last; k++)
        {
            if (FacilityRecogniser.IsHeadWord(context.Tokens[k].Key))
            {
                return 0;
            }
        }

        for (var extra = 1; extra <= 2; extra++)
        {
            var head = context.TokenAt(last + extra);
            if (head is not { IsCapitalised: false } h || !context.IsSpaceGap(last + extra - 1, last + extra))
            {
                return 0;
            }

            if (extra == 2 && (_notDescriptors.Contains(context.Tokens[last + 1].Key) || context.Tokens[last + 1].Key.EndsWith("ed", StringComparison.Ordinal)))
            {
                return 0;
            }

            // With a descriptive word between ("Vantra leg press"), an exercise word is a noun unless a person comes just before.
            var verbRisk = extra == 1 ? ReadsAsVerb(context, i, last + extra) : context.TokenAt(i - 1) is { } p && _peopleBefore.Contains(p.Key);
            if (_heads.Contains(h.Key) || _methodNouns.Contains(h.Key) || _equipmentNouns.Contains(h.Key) || _exerciseVerbs.Contains(h.Key) && !verbRisk)
            {
                return last + extra - i + 1;
            }
        }

        return 0;
    }

    /// <summary>After a determiner it is a noun ("the Zercher squat"); after a person or list comma, or before an object, a verb.</summary>
    private static bool ReadsAsVerb(ScanContext context, int i, int head)
    {
        var before = context.TokenAt(i - 1);
        if (before is { } b && _determiners.Contains(b.Key) && context.IsSpaceGap(i - 1, i))
        {
            return false;
        }

        return before is { } p && (_peopleBefore.Contains(p.Key) || context.Gap(i - 1, i).Contains(','))
            || context.TokenAt(head + 1) is { IsCapitalised: false } after && _verbFollowers.Contains(after.Key) && context.IsSpaceGap(head, head + 1);
    }

    private static readonly HashSet<string> _determiners = new(StringComparer.Ordinal) { "the", "a", "an", "her", "his", "their", "my", "our", "your", "this", "that", "continue", "continued", "start", "started", "tried", "try" };

    /// <summary>A dose or release form directly after any word of the run ("Lodine SR", "Zanthol 50 mg").</summary>
    private static bool BrandBeforeDose(ScanContext context, int i, int last)
    {
        for (var k = i; k <= last; k++)
        {
            var end = context.Tokens[k].End;
            if (end < context.Text.Length && DoseOrForm().IsMatch(context.Text.AsSpan(end, Math.Min(24, context.Text.Length - end))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word is a clinical head noun ("Test", "Scale"), so a listed eponym takes it along.</summary>
    public static bool IsHead(string key) => _heads.Contains(key);

    // "Mary Talbot Health System" is an employer or a referrer, not an instrument: a named health system, service or board.
    // So is "Riverbend Physical Therapy" or "Riverbend Hand Therapy": a practice's name before the kind of practice.
    private static bool IsHealthOrganisation(ScanContext context, int first, int head) =>
        head > first + 1 && (context.Tokens[head].Key is "system" or "service" or "network" or "board"
        && context.Tokens[head - 1].Key is "health" or "healthcare" or "hospital" or "medical" or "ambulance"
        && context.Tokens[first].Key is not "national"
        || context.Tokens[head].Key == "therapy" && FacilityRecogniser.IsTherapyKind(context.Tokens[head - 1].Key));

    /// <summary>Whether a title stands just before the word ("Dr Tresham"): then it is a person, whatever follows.</summary>
    public static bool AfterTitle(ScanContext context, int i) =>
        context.TokenAt(i - 1) is { IsCapitalised: true } before && NameRules.Titles.Contains(before.Key);

    private static bool IsRecordName(ScanContext context, int index) => context.Known.NameKeys.ContainsKey(context.Tokens[index].Key);

    /// <summary>Common international non-proprietary name stems; none ends an English given name or surname.</summary>
    public static bool IsDrugStem(string key) => key.Length >= 7 && DrugStem().IsMatch(key);

    [GeneratedRegex(@"(?:profen|fenac|olac|azepine|ipran|coxib|olol|pril|sartan|statin|azepam|azolam|oxetine|triptyline|ipramine|gabalin|pentin|tadol|amadol|codone|morphine|morphone|caine|umab|ximab|zumab|tinib|olone|isone|asone|prazole|tidine|floxacin|cillin|mycin|cycline|dronate|parin|xaban|gliptin|triptan|setron|azine|pramine|faxine|lafaxine|oxacin|azole|pirone)$", RegexOptions.CultureInvariant)]
    private static partial Regex DrugStem();

    [GeneratedRegex(@"^\s?(?:\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?\s?(?:mg|mcg|µg|g|ml|mL|%|units|IU|micrograms|milligrams)\b|\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?\s?(?:TDS|TID|BD|BID|QID|QDS|OD|PRN|prn|nocte|mane)\b|(?:SR|CR|XR|XL|ER|LA|MR|ODT|EC|retard|Retard|modified[- ]release|slow[- ]release)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DoseOrForm();
}
