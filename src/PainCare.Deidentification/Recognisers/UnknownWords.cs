using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Capitalised words that no English vocabulary, clinical list or common list holds: the mark of a name no gazetteer
/// can list ("Tavita", "Ngata"), where position alone (a sentence opening, a title-case run) would otherwise hide it.
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

    /// <summary>A folded, lower-case word in no vocabulary; a hyphenated one ("x-rays", "weight-bearing") only if a part is.</summary>
    public static bool IsUnknownKey(string key)
    {
        if (Gazetteer.CommonKeys.Contains(key))
        {
            return false;
        }

        foreach (var part in key.Split('-'))
        {
            if (part.Length >= 3 && !EnglishWords.Contains(part) && !LooksMedical(part) && !IsContraction(part))
            {
                return true;
            }
        }

        return false;
    }

    // "LFTs", "ECGs": two capitals opening a word mark an abbreviation, not a name.
    private static bool IsAcronymLike(string word) => word.Length >= 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]);

    private static bool IsContraction(string word) => word.Contains('\'') || word.Contains('’');

    // Word endings of procedures, conditions and drug classes: "Arthroplasty", "Bursitis", "Pregabalin" are never names.
    private static readonly string[] _medicalEndings =
    [
        "plasty", "ectomy", "otomy", "ostomy", "itis", "osis", "algia", "pathy", "scopy", "graphy", "therapy", "lysis", "plegia",
        "paresis", "trophy", "aemia", "emia", "desis", "pexy", "rrhaphy", "mab", "pril", "olol", "sartan", "statin", "azole",
        "mycin", "cillin", "oxacin", "prazole", "gesic", "dronate", "tidine", "triptan", "azepam", "azolam", "xetine", "gabalin", "adol",
        "profen", "coxib", "afil", "olone", "tyline", "pramine", "ology",
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

    /// <summary>"Tavita was quieter today", "Ngaire's husband rang": a sentence opened by an unknown word that reads as a person.</summary>
    public static bool OpensAsPerson(ScanContext context, int i)
    {
        if (!IsUnknown(context, i))
        {
            return false;
        }

        return context.Tokens[i].IsPossessive
            || (context.TokenAt(i + 1) is { IsCapitalised: false } next && _personFollowers.Contains(next.Key) && context.IsSpaceGap(i, i + 1));
    }
}
