using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Marks clinical text that looks like a name (eponyms, tests, scales, brands) so guesses leave it alone. Besides the
/// list, a capitalised word directly before a clinical head noun ("Trendelenburg sign", "Thomas test") is an eponym.
/// </summary>
internal sealed partial class ClinicalAllowRecogniser : IRecogniser
{
    private static readonly HashSet<string> _headNouns = new(StringComparer.Ordinal)
    {
        "sign", "signs", "test", "tests", "disease", "syndrome", "phenomenon", "nodes", "node", "cyst", "fracture", "atrophy", "neuralgia",
        "palsy", "manoeuvre", "maneuver", "reflex", "score", "scale", "index", "questionnaire", "inventory", "criteria", "classification",
        "technique", "method", "procedure", "operation", "repair", "splint", "brace", "tendinopathy", "tenosynovitis", "contracture",
        "neuroma", "thyroiditis", "deformity", "lesion", "ulcer", "arthropathy", "myopathy", "dystrophy", "sarcoma", "lymphoma", "rule",
        "rules", "position", "approach", "protocol", "therapy", "exercises", "exercise", "lesions", "ulcers", "nodules", "virus", "fever",
        "encephalitis", "grade", "grading", "stage", "staging", "measure", "assessment", "survey", "chart", "click", "release", "block",
        "injection", "graft", "flap", "incision", "pendulum", "pendulums", "hernia", "canal", "tunnel", "joint", "ligament", "tendon", "muscle", "nerve", "bursa", "squeeze", "acid", "sock", "orthosis", "insoles",
    };

    private static readonly HashSet<string> _testHeads = new(StringComparer.Ordinal)
    {
        "test", "sign", "manoeuvre", "maneuver", "scale", "score", "index", "questionnaire", "classification", "criteria", "grade", "lesions", "virus",
    };

    private static readonly HashSet<string> _functionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "their", "my", "our", "your", "its", "this", "that", "no", "any", "another", "every", "each", "one", "to", "and", "or", "but", "will", "would", "did", "had", "has", "was", "is", "can", "could", "may", "might",
    };

    // A brand's strength or form words stay with it ("Panadol Osteo", "Voltaren Emulgel", "MS Contin SR").
    private static readonly HashSet<string> _brandModifiers = new(StringComparer.Ordinal)
    {
        "osteo", "forte", "rapid", "extra", "strength", "plus", "ag", "border", "lite", "foam", "max", "mini", "cold", "flu", "night", "emulgel", "gel", "sr", "cr", "xr", "er", "xl",
        "la", "retard", "continus", "patch", "duo", "ec", "odt", "soluble", "liquid", "caplets", "junior", "zero", "advance", "optizorb", "dosepak",
        "acid",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var tokens = context.Tokens;
        var thingLists = ProductShapes.ThingLists(context.Text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = Gazetteer.ClinicalAllow.MatchAt(context.Text, tokens, i);
            if (length == 0)
            {
                length = ClinicalStructure.Length(context, i);
            }

            if (length == 0)
            {
                length = ProductShapes.Length(context, i, thingLists);
            }

            if (length == 0)
            {
                length = MethodEponyms.Length(context, i);
            }

            // "KOOS 61/100", "SPADI 42/130": capitals straight before a score out of a maximum name the instrument that gave it.
            if (length == 0 && tokens[i].IsAllCaps && tokens[i].Base.Length >= 3 && ScoreOutOf().IsMatch(context.Text.AsSpan(tokens[i].End)))
            {
                length = 1;
            }

            if (length == 0 && (IsListedTermCompound(tokens[i].Key) || HasClinicalWordShape(context, i)))
            {
                length = 1;
            }

            if (length == 0 && tokens[i].IsCapitalised && !tokens[i].IsAllCaps && !ClinicalStructure.AfterTitle(context, i) && (tokens[i].IsPossessive || !context.Known.NameKeys.ContainsKey(tokens[i].Key)))
            {
                length = EponymLength(context, i);
            }

            while (length > 0 && i + length < tokens.Count
                && (_brandModifiers.Contains(tokens[i + length].Key) || ClinicalStructure.IsHead(tokens[i + length].Key) || IsModel(context, i + length))
                && context.IsSpaceGap(i + length - 1, i + length))
            {
                length++;
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

    // "Kestra-Flex K3": a hyphenated model name after a brand, known by the model number after it (words never hold figures).
    private static bool IsModel(ScanContext context, int k)
    {
        var token = context.Tokens[k];
        return token.IsCapitalised && token.Base.Contains('-') && ModelNumberAfter().IsMatch(context.Text.AsSpan(token.End));
    }

    [GeneratedRegex(@"\A:?\s?\d{1,3}(?:\.\d)?/\d{2,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ScoreOutOf();

    [GeneratedRegex(@"\A (?:[A-Z]{0,3}\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ModelNumberAfter();

    // "Bobath-informed", "Pilates-based": a listed term joined to a word that says how it shapes the work.
    private static readonly HashSet<string> _compoundTails = new(StringComparer.Ordinal)
    {
        "informed", "based", "style", "type", "like", "trained", "certified", "inspired", "guided", "led",
    };

    /// <summary>
    /// A word built the way medical Greek and Latin build them ("Dysaesthesia", "Appendicectomy", "Hyperalgesia"), in no name
    /// list: a condition or an operation, whatever capital a sentence gives it.
    /// </summary>
    private static bool HasClinicalWordShape(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        return token.IsCapitalised && !token.IsAllCaps && token.Base.Length >= 8 && !Gazetteer.IsAnyName(token.Key)
            && !context.Known.NameKeys.ContainsKey(token.Key) && !ClinicalStructure.AfterTitle(context, i) && !Gazetteer.Places.ContainsWord(token.Key) && ClinicalWordShape().IsMatch(token.Key);
    }

    /// <summary>A lower-case word built like a condition or operation ("hyperalgesia", "arthroplasty").</summary>
    public static bool HasClinicalWordShape(string key) => ClinicalWordShape().IsMatch(key);

    [GeneratedRegex(@"^(?:dys|hyper|hypo|brady|tachy|oligo)\p{Ll}{4,}$|\p{Ll}{3}(?:ectomy|otomy|ostomy|oplasty|itis|algia|dynia|osis|opathy|aemia|emia|uria|plegia|paresis|trophy|oscopy|ography|rrhoea|rrhea|penia|esthesia|aesthesia|pnoea|pnea|phagia|lysis|ectasis|eunia)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClinicalWordShape();

    private static bool IsListedTermCompound(string key)
    {
        var hyphen = key.LastIndexOf('-');
        return hyphen > 0 && _compoundTails.Contains(key[(hyphen + 1)..])
            && (Gazetteer.ClinicalAllow.ContainsWord(key[..hyphen]) || ClinicalAbbreviations.Contains(key[..hyphen]));
    }

    /// <summary>
    /// An eponym directly before a head noun, or before one or two lower-case words and then one ("X tabletop test"), or
    /// a test's name before its result in examination shorthand ("Kemp's + R", "Hawkins neg"): 1, else 0.
    /// </summary>
    private static int EponymLength(ScanContext context, int i)
    {
        var tokens = context.Tokens;
        var after = context.Text.AsSpan(tokens[i].End);
        if (TestResult().IsMatch(after) || tokens[i].IsPossessive && SpelledResult().IsMatch(after))
        {
            return 1;
        }

        // "Speed's and Yergason positive": the second of two tests joined before one result.
        if (SpelledResult().IsMatch(after) && context.TokenAt(i - 1) is { Key: "and" or "&" } && context.TokenAt(i - 2) is { IsCapitalised: true } first
            && (Gazetteer.ClinicalAllow.ContainsWord(first.Key) || first.IsPossessive))
        {
            return 1;
        }

        if (i + 1 < tokens.Count && context.IsSpaceGap(i, i + 1) && (_headNouns.Contains(tokens[i + 1].Key) || IsProcedure(tokens[i + 1].Key) || _headNouns.Contains(LastPart(tokens[i + 1].Key))) && !tokens[i + 1].IsAllCaps)
        {
            return 1;
        }

        // "X and Y stage", "X & Y classification": two eponyms naming one scale or sign.
        if (PairedEponymLength(context, i) is > 0 and var paired)
        {
            return paired;
        }

        // One descriptive word between ("X tabletop test") only for test-like heads, never after a possessive or before a verb-like word.
        var middle = context.TokenAt(i + 1);
        var head = context.TokenAt(i + 2);
        return !tokens[i].IsPossessive && middle is { IsCapitalised: false } m && head is { IsCapitalised: false } h && context.IsSpaceGap(i, i + 1) && context.IsSpaceGap(i + 1, i + 2)
            && _testHeads.Contains(h.Key) && !_functionWords.Contains(m.Key) && !m.Key.EndsWith('s') && !m.Key.EndsWith("ed", StringComparison.Ordinal) ? 1 : 0;
    }

    private static int PairedEponymLength(ScanContext context, int i)
    {
        var second = context.Gap(i, i + 1) is " & " ? i + 1
            : context.TokenAt(i + 1) is { Key: "and" } && context.IsSpaceGap(i, i + 1) && context.IsSpaceGap(i + 1, i + 2) ? i + 2 : -1;
        return second > 0 && context.TokenAt(second) is { IsCapitalised: true, IsAllCaps: false, IsPossessive: false }
            && context.TokenAt(second + 1) is { IsCapitalised: false } head && context.IsSpaceGap(second, second + 1) && (_testHeads.Contains(head.Key) || head.Key is "stage" or "staging")
            ? second - i + 2
            : 0;
    }

    // "X H-test": the head of a letter-joined word is its last part.
    private static string LastPart(string key) => key.LastIndexOf('-') is > 0 and var dash ? key[(dash + 1)..] : string.Empty;

    // "Weil osteotomy", "Bankart repair": a surgeon's name before a procedure word of any kind.
    private static bool IsProcedure(string key) =>
        key.EndsWith("otomy", StringComparison.Ordinal) || key.EndsWith("ectomy", StringComparison.Ordinal) || key.EndsWith("plasty", StringComparison.Ordinal)
        || key.EndsWith("odesis", StringComparison.Ordinal) || key.EndsWith("opexy", StringComparison.Ordinal) || key.EndsWith("orrhaphy", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s?(?:\+(?:ve\b)?|[-–]ve\b|\d\+|pos\b|neg\b|\(\+\)|\(-\))", RegexOptions.CultureInvariant)]
    private static partial Regex TestResult();

    [GeneratedRegex(@"^\s(?:positive|negative|equivocal|reproduced|provocative)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledResult();
}
