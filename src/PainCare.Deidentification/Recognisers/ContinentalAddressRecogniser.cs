using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Addresses written the continental European way: the street's type joined to its name and the house number after it
/// ("Sveavägen 44", "Hauptstraße 5"), the type before the name ("Calle Mayor 3", "ul. Długa 10", "Rua Augusta"), and
/// postcodes of the shapes used across Europe ("1015 CJ", "SE-111 34", "00-590", ", 10115 Berlin").
/// </summary>
internal sealed partial class ContinentalAddressRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        // "Brigade" and "Renegade" end like a Danish street; an English word is never one.
        foreach (var m in JoinedStreet().EnumerateMatches(text))
        {
            var first = context.TokenIndexFrom(m.Index);
            if (first < context.Tokens.Count && !EnglishWords.Contains(context.Tokens[first].Key))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Address, Categories.Location, Priorities.Pattern));
            }
        }

        // "Via Zoom", "Via Teams": a route through a known product or a clinical word is no street.
        foreach (var m in TypeFirstStreet().EnumerateMatches(text))
        {
            var type = context.TokenIndexFrom(m.Index);
            var name = type + 1;
            if (name < context.Tokens.Count && !context.Protected[name] && !(context.Tokens[type].Key == "via" && context.IsCommon(context.Tokens[name])))
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Address, Categories.Location, Priorities.Pattern));
            }
        }

        foreach (Match m in Postcode().Matches(text))
        {
            var code = m.Groups["code"];
            candidates.Add(new Candidate(code.Index, code.Index + code.Length, CandidateKind.Postcode, Categories.Location, Priorities.Pattern));
        }
    }

    // Short endings ("-weg", "-vej", "-laan") need the house number; the long ones name a street on their own.
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]*(?:(?:straße|strasse|straat|gracht|gatan|vägen|vagen|veien|gaten|gade|gasse|allee|plein|kade|singel|plads|torget)\b(?:\s+\d{1,4}[a-zA-Z]?(?:[-–/][\dA-Za-z]{1,4})?)?|(?:str\.|weg|laan|vej|gata|vegen|damm|ufer|dijk|steeg|platz|ring|torv)\s+\d{1,4}[a-zA-Z]?(?:[-–/][\dA-Za-z]{1,4})?)(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedStreet();

    // Capitalised "Via": lower-case "via" is a route ("via Teams"). "Avenue", "Place" and "Boulevard" are left to the
    // English address shapes.
    [GeneratedRegex(@"\b(?:Via|Viale|Piazza|Corso|Calle|Avenida|Av\.|Rua|Praça|Praca|Largo|Travessa|Carrer|Plaza|Paseo|Passeig|Rue|ul\.|al\.|Ulica|Aleja|Odos|Odós)\s+(?:(?:de|del|della|delle|dei|di|da|do|dos|das|du|des|la|le|les|l['’]|d['’])\s*)*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,?\s+\d{1,4}[a-zA-Z]?(?:[-–/][\dA-Za-z]{1,4})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex TypeFirstStreet();

    [GeneratedRegex(@"(?<code>\b\d{4}\s?(?!IU\b|ML\b|MG\b|KG\b|MM\b|CM\b|AM\b|PM\b|HR\b)[A-Z]{2})(?=\s+\p{Lu}\p{Ll})|\b(?<code>(?:SE|DK|NO|FI|CH|DE|AT|FR|BE|NL|LU|IT|ES|PT|PL|CZ|GR|IS|D|A|F|B|L|I|E|P)-\d{2,5}(?:[\s-]\d{2,3})?)\b|(?<code>\b\d{2}-\d{3}|\b\d{4}-\d{3})(?=\s+\p{Lu}\p{Ll})|,\s(?<code>\d{3}\s\d{2}|\d{4,5})(?=\s+\p{Lu}\p{Ll}+(?:\s*[,.;)\n]|\s*$|\s+(?:\p{Lu}\b|[a-z])))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex Postcode();
}
