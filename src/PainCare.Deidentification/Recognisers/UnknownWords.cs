using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Capitalised words that no English vocabulary, clinical list or common list holds: the mark of a name no gazetteer
/// can list ("Mihiata", "Adeyinka"), where position alone (a sentence opening, a title-case run) would otherwise hide it.
/// </summary>
internal static class UnknownWords
{
    // What a person's name opening a sentence is followed by; a sentence opened by a term is followed by these far less.
    private static readonly HashSet<string> _personFollowers = new(StringComparer.Ordinal)
    {
        "was", "has", "had", "is", "will", "would", "can", "could", "did", "does", "also", "then", "still", "now", "and", "seemed", "seems",
        "looked", "looks", "kept", "keeps", "got", "gets", "went", "goes", "used", "needs", "needed", "tried", "tries", "managed", "started",
        "stopped", "struggled", "struggles", "finds", "found", "became", "remains", "remained", "herself", "himself", "often",
        "usually", "never", "always", "really", "just", "finally", "later", "sat", "stood", "walked", "spent", "gave", "took", "made",
    };

    /// <summary>"Reviewer: P. Szczepanski": an initial opening a name, not a grade after a word ("grade B. Walked").</summary>
    private static bool AfterInitial(ScanContext context, int i)
    {
        if (i == 0 || !NameRules.IsInitial(context, i - 1))
        {
            return false;
        }

        // "a letter from J. Pemberton": an unknown word after an initial is a surname mid-sentence too, not a new sentence.
        return i == 1 || context.Tokens[i - 2].IsCapitalised || context.Gap(i - 2, i - 1).IndexOfAny(":,(\n") >= 0
            || context.TokenAt(i - 2) is { IsCapitalised: false } before && _beforePerson.Contains(before.Key) && context.IsSpaceGap(i - 2, i - 1);
    }

    // Words a person is named after, unlike "Hep B." or "grade C." before a new sentence.
    private static readonly HashSet<string> _beforePerson = new(StringComparer.Ordinal)
    {
        "from", "by", "to", "with", "and", "cc", "per", "dear", "thanks", "see", "saw", "seen", "called", "rang", "phoned", "emailed",
        "asked", "told", "informed", "contacted", "spoke", "via", "for", "of", "nok", "gp", "consultant", "physio", "nurse",
    };

    private static readonly HashSet<string> _streetAbbreviations = new(StringComparer.Ordinal) { "ave", "blvd", "cres", "tce", "pde", "hwy", "cct", "pkwy", "esp", "gdns" };

    public static bool IsUnknown(ScanContext context, int i)
    {
        var token = context.Tokens[i];
        if (token.Base.Length < 3 || token.IsAllCaps || context.Protected[i] || IsAcronymLike(token.Base)
            || _streetAbbreviations.Contains(token.Key))
        {
            return false;
        }

        return IsUnknownKey(token.Key);
    }

    /// <summary>A folded, lower-case word in no vocabulary; a hyphenated one ("pull-ups", "non-slip") only if a part is.</summary>
    public static bool IsUnknownKey(string key)
    {
        if (Gazetteer.CommonKeys.Contains(key))
        {
            return false;
        }

        foreach (var part in key.Replace('’', '\'').Split('-'))
        {
            if (part.Length >= 3 && !EnglishWords.Contains(part) && !LooksMedical(part) && !IsContraction(part))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In a note typed without capitals an unknown word is given one, unless it is built like a medicine or a clinical
    /// term: a medicine's naming stem, a condition's or operation's ending, or a clinical prefix on an everyday word
    /// ("paravertebral", "transcutaneous").
    /// </summary>
    public static bool LooksClinical(string key) =>
        GenericDrugNames.LooksGeneric(key) || ClinicalAllowRecogniser.HasClinicalWordShape(key) || LooksMedical(key)
        || Array.Exists(_clinicalPrefixes, p => key.Length > p.Length + 4 && key.StartsWith(p, StringComparison.Ordinal) && EnglishWords.Contains(key[p.Length..]));

    private static readonly string[] _clinicalPrefixes =
    [
        "trans", "ortho", "sub", "poly", "peri", "intra", "inter", "post", "pre", "para", "pseudo", "hemi", "hyper", "hypo", "neuro",
        "osteo", "myo", "psycho", "cardio", "gastro", "retro", "extra", "multi", "micro", "supra", "infra",
    ];

    // "ECGs", "MRIs": two capitals opening a word mark an abbreviation, not a name.
    private static bool IsAcronymLike(string word) => word.Length >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]);

    // "he'd", "couldn't": a contraction of everyday words; "o'donoghue" is not one.
    private static bool IsContraction(string word) =>
        word.EndsWith("'d", StringComparison.Ordinal) || word.EndsWith("'ll", StringComparison.Ordinal) || word.EndsWith("'ve", StringComparison.Ordinal)
        || word.EndsWith("'re", StringComparison.Ordinal) || word.EndsWith("'m", StringComparison.Ordinal) || word.EndsWith("n't", StringComparison.Ordinal);

    // Word endings of procedures, conditions and drug classes: "Vertebroplasty", "Tendinitis", "Milnacipran" are never names.
    private static readonly string[] _medicalEndings =
    [
        "plasty", "ectomy", "otomy", "ostomy", "itis", "osis", "algia", "pathy", "scopy", "graphy", "therapy", "lysis", "plegia",
        "paresis", "trophy", "aemia", "emia", "desis", "pexy", "rrhaphy", "mab", "pril", "olol", "sartan", "statin", "azole",
        "mycin", "cillin", "oxacin", "prazole", "gesic", "dronate", "tidine", "triptan", "azepam", "azolam", "xetine", "gabalin", "adol",
        "profen", "coxib", "afil", "olone", "tyline", "pramine", "ology", "ular", "ial", "ation", "alis", "oid", "exion", "natal",
        "ystonia", "otonia", "kinesia", "esthesia", "plasia", "dynia", "penia", "rrhoea", "rrhea", "orum", "iformis", "ectasis", "iasis",
        "exor", "ensor", "nator", "uctor", "ologist", "iatric", "iatrist", "ural",
    ];

    private static bool LooksMedical(string key)
    {
        foreach (var ending in _medicalEndings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Health services named by their area ("Tamsworthy CMHT", "Kauri DHB"): the word before them is a place.
    private static readonly HashSet<string> _areaServices = new(StringComparer.Ordinal)
    {
        "cmht", "camhs", "dhb", "lhd", "hhs", "pho", "phn", "ccg", "icb", "hse", "nhs", "cch", "chc", "crt", "iapt",
    };

    /// <summary>"Tamsworthy CMHT will ring": a sentence opened by an unknown word before an area's health service.</summary>
    public static bool OpensAsServiceArea(ScanContext context, int i) =>
        IsUnknown(context, i) && context.TokenAt(i + 1) is { IsAllCaps: true } next && _areaServices.Contains(next.Key) && context.IsSpaceGap(i, i + 1);

    /// <summary>"Ihaia was slower today", "Mihiata's husband rang": a sentence opened by an unknown word that reads as a person.</summary>
    public static bool OpensAsPerson(ScanContext context, int i)
    {
        if (!IsUnknown(context, i))
        {
            return false;
        }

        return context.Tokens[i].IsPossessive || AfterInitial(context, i)
            || (context.TokenAt(i + 1) is { IsCapitalised: false } next && _personFollowers.Contains(next.Key) && context.IsSpaceGap(i, i + 1));
    }
}
