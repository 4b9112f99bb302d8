using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Surrogates;

/// <summary>Consistent surrogate towns, streets, facilities, state codes and organisations, none taken from the input.</summary>
internal sealed partial class PlaceSurrogates(ScanContext context, StableRandom random)
{
    private readonly Dictionary<string, string> _chosen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Town(string original) => Choose("town:" + TextFold.Key(original), Gazetteer.PlaceList, original);

    public string Facility(string original, string tail)
    {
        var head = original.Length > tail.Length ? original[..^tail.Length].Trim() : original;
        return tail.Length == 0 || head.Length == 0 ? Town(original) : $"{Town(head)} {tail}";
    }

    /// <summary>A company name, or a place name when a club, school or church word follows: "Riverside rugby club", not "Northgate Supplies rugby club".</summary>
    public string Organisation(string original, string following) =>
        _venueWords.Contains(TextFold.Key(FirstWord(following)))
            ? Town(original)
            : Choose("org:" + TextFold.Key(original), SurrogatePools.Organisations, original);

    public string RegionCode(string original)
    {
        var pool = SurrogatePools.AustralianRegionCodes.Contains(original) ? SurrogatePools.AustralianRegionCodes : SurrogatePools.UsRegionCodes;
        return original.Length > 3 ? Town(original) : Choose("region:" + original, pool, original);
    }

    /// <summary>House numbers scrambled, street words replaced, street type and unit words kept: "14 Larkspur Close" to "48 Cedar Close".</summary>
    public string Address(string original) => AddressPart().Replace(original, m =>
    {
        if (OrdinalStreet().IsMatch(m.Value))
        {
            // "4th Ave" stays an ordinal: another small number with its own suffix.
            var n = 1 + random.Next("ordinal:" + m.Value, 9);
            return n + (n is 1 ? "st" : n is 2 ? "nd" : n is 3 ? "rd" : "th");
        }

        if (char.IsAsciiDigit(m.Value[0]) || m.Groups["letter"].Success)
        {
            return ShapeScrambler.Scramble(m.Value, random, "addr:" + m.Value);
        }

        return m.Groups["keep"].Success ? m.Value : Choose("street:" + TextFold.Key(m.Value), SurrogatePools.Streets, m.Value);
    });

    /// <summary>"Bed 12" to "Bed 47", "room B" to "room K": the word that says what it is stays, its number or letter changes.</summary>
    public static string WithinPlace(string original, int codeStart, StableRandom random) =>
        original[..codeStart] + ShapeScrambler.Scramble(original[codeStart..], random, "within:" + original);

    private static readonly HashSet<string> _venueWords = new(StringComparer.Ordinal)
    {
        "club", "rugby", "league", "football", "soccer", "netball", "cricket", "hockey", "golf", "bowls", "bowling", "tennis", "rowing",
        "surf", "swimming", "athletics", "harriers", "runners", "cycling", "gaa", "fc", "rfc", "afc", "school", "college", "academy",
        "kindergarten", "kindy", "preschool", "primary", "high", "grammar", "church", "parish", "chapel", "choir", "temple", "mosque",
        "gurdwara", "synagogue", "marae", "scouts", "guides", "community", "library", "pool", "gym", "leisure", "lifesaving", "darts",
    };

    private static string FirstWord(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        return trimmed[..end].ToString();
    }

    private string Choose(string key, IReadOnlyList<string> pool, string original)
    {
        if (_chosen.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var originalKey = TextFold.Key(original);
        var value = random.Pick(key, pool, p =>
        {
            var words = Tokenizer.Tokenize(p);
            // Never a word of an address the record holds ("Kilkenny" for "Parramatta" when the patient lives in Kilkenny).
            return !_used.Contains(p) && TextFold.Key(p) != originalKey
                && words.All(w => !context.TextWords.Contains(w.Key) && !context.Known.LocationKeys.Contains(w.Key));
        }) ?? pool[random.Next(key, pool.Count)];
        _used.Add(value);
        _chosen[key] = value;
        return value;
    }

    [GeneratedRegex(@"\d{1,3}(?:st|nd|rd|th)\b|\d+[A-Za-z]?|(?<keep>\b(?:NE|NW|SE|SW|Flat|Unit|Apt|Apartment|Suite|Road|Rd|Street|St|Avenue|Ave|Close|Crescent|Cres|Court|Ct|Way|Lane|Ln|Drive|Dr|Place|Pl|Terrace|Tce|Grove|Parade|Pde|Boulevard|Blvd|Highway|Hwy|Square|Sq|Circuit|Cct|Mews|Row|Walk|Gardens|Rise|Wynd|Esplanade|Quay|Parkway|Pkwy|View|Hill|Green|Park|Heights|Vale|Gate|Grange|Meadows|Croft|Fold|Chase|Glen|Loop|Trail|Via|Viale|Piazza|Corso|Calle|Avenida|Rua|Praça|Largo|Travessa|Carrer|Plaza|Paseo|Passeig|Rue|Ulica|Aleja|[NSEW])\b)|(?<letter>\b[A-Z]\b)|\p{Lu}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPart();

    [GeneratedRegex(@"^\d{1,3}(?:st|nd|rd|th)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalStreet();
}
