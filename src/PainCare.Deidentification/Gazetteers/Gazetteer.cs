using System.Reflection;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Gazetteers;

/// <summary>The embedded word lists, each built once into a set on first use.</summary>
internal static class Gazetteer
{
    private static readonly Lazy<HashSet<string>> _lazyFemale = new(() => Keys("given-names-female"));
    private static readonly Lazy<HashSet<string>> _lazyMale = new(() => Keys("given-names-male"));
    private static readonly Lazy<HashSet<string>> _lazySurnames = new(() => Keys("surnames"));
    private static readonly Lazy<HashSet<string>> _lazyNameWords = new(() => Keys("name-words"));
    private static readonly Lazy<HashSet<string>> _lazyCommon = new(() => new HashSet<string>(Words("common-capitalised"), StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> _lazyCommonKeys = new(() => Keys("common-capitalised"));
    private static readonly Lazy<HashSet<string>> _lazyRegionCodes = new(() => new HashSet<string>(Words("region-codes"), StringComparer.Ordinal));
    private static readonly Lazy<PhraseSet> _lazyPlaces = new(() => new PhraseSet(Lines("places")));
    private static readonly Lazy<PhraseSet> _lazyRegions = new(() => new PhraseSet(Lines("regions")));
    private static readonly Lazy<PhraseSet> _lazyOrganisations = new(() => new PhraseSet(Lines("organisations")));
    private static readonly Lazy<PhraseSet> _lazyCuedOrganisations = new(() => new PhraseSet(Lines("organisations-cued")));
    private static readonly Lazy<PhraseSet> _lazyClinical = new(() => new PhraseSet(Lines("clinical-allow")));
    private static readonly Lazy<IReadOnlyList<string>> _lazyPlaceList = new(() => Lines("places").Where(p => !p.Contains(' ', StringComparison.Ordinal)).Distinct().ToArray());
    private static readonly Lazy<Dictionary<string, string[]>> _lazyDiminutives = new(BuildDiminutives);
    private static readonly Lazy<IReadOnlyList<(string Category, string Phrase)>> _lazyQuasi = new(() =>
        Lines("quasi-identifiers").Select(l => l.Split('|')).Select(p => (p[0], p[1])).ToArray());

    public static HashSet<string> FemaleGiven => _lazyFemale.Value;

    public static HashSet<string> MaleGiven => _lazyMale.Value;

    public static HashSet<string> Surnames => _lazySurnames.Value;

    /// <summary>Names that are also ordinary words (Faith, Will, Young): trusted only in name-like context.</summary>
    public static HashSet<string> NameWords => _lazyNameWords.Value;

    /// <summary>Capitalised words that are never identifiers on their own (pronouns, services, acronyms, weekdays).</summary>
    public static HashSet<string> CommonCapitalised => _lazyCommon.Value;

    /// <summary>The common capitalised words in lower case, for text typed without capitals.</summary>
    public static HashSet<string> CommonKeys => _lazyCommonKeys.Value;

    public static HashSet<string> RegionCodes => _lazyRegionCodes.Value;

    public static PhraseSet Places => _lazyPlaces.Value;

    public static PhraseSet Regions => _lazyRegions.Value;

    public static PhraseSet ClinicalAllow => _lazyClinical.Value;

    /// <summary>The organisation list's entries as written, one a line.</summary>
    public static IReadOnlyList<string> OrganisationLines => Lines("organisations");

    /// <summary>The clinical allow-list's entries as written, one a line.</summary>
    public static IReadOnlyList<string> ClinicalAllowLines => Lines("clinical-allow");

    /// <summary>Large employers, chains and brands whose names are not ordinary words.</summary>
    public static PhraseSet Organisations => _lazyOrganisations.Value;

    /// <summary>Employers whose names are also ordinary words or acronyms: trusted only after a work cue.</summary>
    public static PhraseSet CuedOrganisations => _lazyCuedOrganisations.Value;

    public static IReadOnlyList<string> PlaceList => _lazyPlaceList.Value;

    public static IReadOnlyList<(string Category, string Phrase)> QuasiIdentifiers => _lazyQuasi.Value;

    /// <summary>A listed given name, or a hyphenated one made only of listed given names ("Anne-Sophie", "Jean-Luc").</summary>
    public static bool IsGivenName(string key) =>
        FemaleGiven.Contains(key) || MaleGiven.Contains(key) || AllParts(key, part => FemaleGiven.Contains(part) || MaleGiven.Contains(part));

    /// <summary>
    /// A listed given name or surname, or a hyphenated name with a listed part ("Tanaka-Smith", "Okafor-Jones") and no part
    /// that is a compound's ordinary word ("Long-Term", "Follow-Up").
    /// </summary>
    public static bool IsAnyName(string key) =>
        IsGivenName(key) || Surnames.Contains(key)
        || key.Contains('-', StringComparison.Ordinal) && key.Split('-') is var parts && parts.All(p => p.Length >= 2 && !_compoundWords.Contains(p))
            && parts.Any(p => IsGivenName(p) || Surnames.Contains(p));

    private static readonly HashSet<string> _compoundWords = new(StringComparer.Ordinal)
    {
        "up", "in", "on", "off", "out", "term", "care", "time", "day", "based", "free", "aid", "led", "like", "type", "style", "over", "back",
        "down", "end", "side", "top", "low", "high", "self", "well", "to", "the", "of", "and", "stand", "sit",
    };

    private static bool AllParts(string key, Func<string, bool> test)
    {
        if (!key.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var part in key.Split('-'))
        {
            if (part.Length < 2 || !test(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every form in the diminutive groups that contain <paramref name="key"/>, itself included.</summary>
    public static IReadOnlyCollection<string> Variants(string key) =>
        _lazyDiminutives.Value.TryGetValue(key, out var variants) ? variants : [key];

    private static Dictionary<string, string[]> BuildDiminutives()
    {
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in Lines("diminutives"))
        {
            var names = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                if (!groups.TryGetValue(name, out var set))
                {
                    set = new HashSet<string>(StringComparer.Ordinal);
                    groups[name] = set;
                }

                set.UnionWith(names);
            }
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }

    private static HashSet<string> Keys(string resource) =>
        new(Words(resource).Select(TextFold.Key), StringComparer.Ordinal);

    private static IEnumerable<string> Words(string resource) =>
        Lines(resource).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Lines(string resource)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"PainCare.Deidentification.Data.{resource}.txt")
            ?? throw new InvalidOperationException($"Missing embedded word list '{resource}'.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
