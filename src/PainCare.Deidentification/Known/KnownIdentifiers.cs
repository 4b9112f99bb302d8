using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Known;

/// <summary>The record's identifiers expanded into every form the text may use: name variants, diminutives, address words.</summary>
internal sealed partial class KnownIdentifiers
{
    private static readonly HashSet<string> _addressNoise = new(StringComparer.Ordinal)
    {
        "flat", "unit", "apt", "apartment", "suite", "level", "floor", "road", "rd", "street", "st", "avenue", "ave", "close", "crescent",
        "cres", "court", "ct", "way", "lane", "ln", "drive", "dr", "place", "pl", "terrace", "tce", "grove", "parade", "pde", "boulevard",
        "blvd", "highway", "hwy", "square", "sq", "circuit", "cct", "mews", "row", "walk", "gardens", "rise", "view", "north", "south",
        "east", "west", "n", "s", "e", "w", "y", "the", "of", "po", "box",
    };

    private static readonly HashSet<string> _particles = new(StringComparer.Ordinal)
    {
        "te", "ni", "nic", "mac", "mc", "de", "del", "da", "di", "du", "van", "von", "der", "den", "le", "la", "al", "el", "bin", "ap", "o", "st",
    };

    public static KnownIdentifiers Empty { get; } = new([], new Dictionary<string, NameRef>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    private KnownIdentifiers(IReadOnlyList<KnownPerson> people, Dictionary<string, NameRef> nameKeys, HashSet<string> locationKeys, HashSet<string> numbers)
    {
        Numbers = numbers;
        People = people;
        NameKeys = nameKeys;
        LocationKeys = locationKeys;
    }

    public IReadOnlyList<KnownPerson> People { get; }

    /// <summary>Dates the record knows (the date of birth), to be found in whatever form the text writes them.</summary>
    public IReadOnlyList<DateOnly> Dates { get; private init; } = [];

    /// <summary>Folded lower-case name forms (given, diminutives, surname, hyphen parts) to the person they belong to.</summary>
    public Dictionary<string, NameRef> NameKeys { get; }

    /// <summary>Folded lower-case words of known addresses (street names, towns, suburbs).</summary>
    public HashSet<string> LocationKeys { get; }

    /// <summary>Postcodes and other four-plus digit numbers of known addresses.</summary>
    public HashSet<string> Numbers { get; }

    public static KnownIdentifiers Parse(IReadOnlyList<string>? known)
    {
        if (known is null || known.Count == 0)
        {
            return Empty;
        }

        var people = new List<KnownPerson>();
        var nameKeys = new Dictionary<string, NameRef>(StringComparer.Ordinal);
        var locationKeys = new HashSet<string>(StringComparer.Ordinal);
        var literals = new HashSet<string>(StringComparer.Ordinal);
        var dates = new List<DateOnly>();
        foreach (var raw in known)
        {
            var entry = raw is null ? null : NormalisedText.Normalise(raw).Text;
            if (string.IsNullOrWhiteSpace(entry))
            {
                continue;
            }

            if (KnownDates.TryParse(entry, out var date))
            {
                dates.Add(date);
                continue;
            }

            if (DateLike().IsMatch(entry))
            {
                continue;
            }

            entry = KnownEntry.Name(entry);
            var tokens = Tokenizer.Tokenize(entry);
            if (entry.Any(char.IsDigit) || entry.Contains(',', StringComparison.Ordinal))
            {
                foreach (Match number in Number().Matches(entry))
                {
                    literals.Add(number.Value);
                }

                foreach (var token in tokens.Where(t => !_addressNoise.Contains(t.Key) && !Gazetteer.RegionCodes.Contains(t.Base) && t.Key.Length > 1 && !(t.IsAllCaps && t.Base.Length <= 3)))
                {
                    locationKeys.Add(token.Key);
                }

                // The state of the address ("WA") and a flat's position in a tenement ("2/1") are the patient's too.
                foreach (var token in tokens.Where(t => t.IsAllCaps && Gazetteer.RegionCodes.Contains(t.Base)))
                {
                    literals.Add(token.Base);
                }

                foreach (Match position in FlatPosition().Matches(entry))
                {
                    literals.Add(position.Value);
                }

                // A postcode's district ("CR7" of "CR7 6BA") is written alone as often as the whole code.
                foreach (Match district in PostcodeDistrict().Matches(entry))
                {
                    if (!Recognisers.PostcodeRecogniser.IsSpinalLevel(district.Value))
                    {
                        literals.Add(district.Value);
                    }
                }

                continue;
            }

            if (tokens.Count == 0)
            {
                continue;
            }

            AddPerson(people, nameKeys, tokens);
        }

        return new KnownIdentifiers(people, nameKeys, locationKeys, literals) { Dates = dates };
    }

    private static void AddPerson(List<KnownPerson> people, Dictionary<string, NameRef> nameKeys, List<Token> tokens)
    {
        var index = people.Count;
        // A lone known word that is a given name ("Kay") is a given name, not a surname.
        var loneGiven = tokens.Count == 1 && (Gazetteer.IsGivenName(tokens[0].Key) || Gazetteer.Variants(tokens[0].Key).Count > 1);
        var given = tokens.Count > 1 || loneGiven ? tokens[0].Key : string.Empty;
        var surname = loneGiven ? string.Empty : tokens[^1].Key;
        var givenVariants = new HashSet<string>(StringComparer.Ordinal);
        var surnameVariants = new HashSet<string>(StringComparer.Ordinal);
        if (surname.Length > 0)
        {
            surnameVariants.Add(surname);
        }

        foreach (var token in loneGiven ? tokens : tokens.Take(tokens.Count - 1))
        {
            if (token.Key.Length <= 3 && token.Start > 0 && _particles.Contains(token.Key))
            {
                surnameVariants.Add(token.Key);
            }
            else
            {
                givenVariants.UnionWith(Gazetteer.Variants(token.Key));
                // "Anna-Maria" is often written as one of its parts, each with its own short forms.
                foreach (var part in token.Key.Split('-'))
                {
                    if (part.Length > 2 && part != token.Key)
                    {
                        givenVariants.UnionWith(Gazetteer.Variants(part));
                    }
                }
            }
        }

        foreach (var part in surname.Split('-'))
        {
            if (part.Length > 2)
            {
                surnameVariants.Add(part);
            }
        }

        var person = new KnownPerson(index, given, surname, givenVariants, surnameVariants);
        people.Add(person);
        var female = givenVariants.Any(Gazetteer.FemaleGiven.Contains) && !Gazetteer.MaleGiven.Contains(given);
        var male = givenVariants.Any(Gazetteer.MaleGiven.Contains) && !Gazetteer.FemaleGiven.Contains(given);
        foreach (var variant in givenVariants)
        {
            nameKeys.TryAdd(variant, new NameRef($"known{index}:given", NameRole.Given, index, female, male));
        }

        foreach (var variant in surnameVariants)
        {
            nameKeys.TryAdd(variant, new NameRef($"known{index}:surname", NameRole.Surname, index));
        }
    }

    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?(?=\s+\d[A-Z]{2}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeDistrict();

    [GeneratedRegex(@"^\s*\d{1,2}/\d{1,2}(?=\s*,)", RegexOptions.CultureInvariant)]
    private static partial Regex FlatPosition();

    [GeneratedRegex(@"(?<![\w/])\d{4,}(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
