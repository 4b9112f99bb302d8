using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// An address a form gives after its label ("Address: …", "Home address on file: …"): every part between commas is a
/// place, whatever the country's way of writing it ("Street 9", "Sector 4", a townland no list holds). And the numbered
/// house and street parts that South Asian and Gulf addresses open with ("House 14, Street 7").
/// </summary>
internal sealed partial class AddressRecogniser
{
    // Lower-case words an address part may carry ("Stratford upon Avon", "Sidi bel Abbès"); more of any other reads as prose.
    private static readonly HashSet<string> _addressParticles = new(StringComparer.Ordinal)
    {
        "upon", "on", "in", "the", "de", "la", "le", "du", "des", "del", "di", "da", "van", "von", "der", "bel", "el", "al", "no", "no.",
    };

    private static readonly HashSet<string> _unitWords = new(StringComparer.Ordinal)
    {
        "apt", "apartment", "unit", "flat", "suite", "ste", "room", "rm", "floor", "level", "lvl", "box", "po", "p.o", "lot", "shop", "#",
    };

    private static void RecogniseAddressLines(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        foreach (Match label in AddressLabel().Matches(text))
        {
            var start = label.Index + label.Length;
            var end = AddressEnd().Match(text, start) is { Success: true } stop ? stop.Index : text.Length;
            foreach (Match part in AddressPart().Matches(text[..end], start))
            {
                // "Whakatane 3120": the town alone, so its other mentions are found too; the postcode is the postcode recogniser's.
                var length = TrailingPostcode().Match(part.Value) is { Success: true } code ? code.Index : part.Length;
                if (length > 0 && IsAddressPart(part.Value[..length]))
                {
                    candidates.Add(new Candidate(part.Index, part.Index + length, CandidateKind.Location, Categories.Location, Priorities.Gazetteer + 1));
                }
            }
        }

        foreach (var m in HouseAndStreetNumbers().EnumerateMatches(text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Location, Categories.Location, Priorities.Pattern));
        }
    }

    private static bool IsAddressPart(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Apt 402", "Flat 12-B": a unit's number means nothing without the street, and reads better left.
        return words.Length <= 5 && (char.IsUpper(part[0]) || char.IsDigit(part[0])) && !_unitWords.Contains(words[0].TrimEnd('.').ToLowerInvariant())
            && words.All(w => !char.IsLower(w[0]) || _addressParticles.Contains(w));
    }

    [GeneratedRegex(@"(?:^|(?<=\n)|(?<=[|;]\s?)|(?<=\.\s))[ \t]*\b(?i:(?:home|postal|residential|usual|current|patient)\s+)?(?i:address|addr\.?|residence|res\.?)(?:\s+(?i:on\s+file|line\s+\d))?[ \t]*:[ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex AddressLabel();

    // A stretch between commas, up to the address's end and any full stop there.
    [GeneratedRegex(@"[^,;|\n\s][^,;|\n]*?(?=\s*(?:[,;|]|\.?\s*$))", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPart();

    // The address ends with its line, a semicolon, or a full stop that ends a sentence ("No. 9" and "Co. Clare" do not).
    [GeneratedRegex(@"\n|;|(?<!\b(?i:no|co|st|rd|ave|apt|mt|ft|dr|nr|opp|blk|ph))\.(?=\s+\p{Lu}|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex AddressEnd();

    [GeneratedRegex(@"(?<=\p{L})\s+\d{3,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPostcode();

    [GeneratedRegex(@"\b(?:House|Plot|Flat|Villa)\s+(?:No\.?\s*)?\d{1,4}[A-Z]?,\s+(?:Street|Road|Lane|Gali|Block)\s+(?:No\.?\s*)?[A-Z]?-?\d{1,3}[A-Z]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex HouseAndStreetNumbers();
}
