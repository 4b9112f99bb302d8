using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Street addresses with or without a house number, unit forms ("Flat 4, 22 …", "5/18 …"), and UK road numbers.</summary>
internal sealed partial class AddressRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        foreach (Match m in Numbered().Matches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Address, Categories.Location, Priorities.Pattern, m.Groups["type"].Value));
        }

        foreach (var m in FrenchStyle().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Address, Categories.Location, Priorities.Pattern));
        }

        foreach (Match m in NamedShort().Matches(context.Text))
        {
            AddNamed(context, candidates, m);
        }

        foreach (Match m in Named().Matches(context.Text))
        {
            AddNamed(context, candidates, m);
        }

        foreach (var m in NumberedWithoutType().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Address, Categories.Location, Priorities.Context));
        }

        // "PO Box 218", "Box 44": a post office box is the address of someone who has no street one.
        foreach (var m in PostBox().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Location, Categories.Location, Priorities.Pattern));
        }

        foreach (var m in County().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Location, Categories.Location, Priorities.Context + 5));
        }

        foreach (var m in Road().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Id, Categories.Location, Priorities.Context));
        }

        RecogniseAddressLines(context, candidates);
    }

    private static void AddNamed(ScanContext context, List<Candidate> candidates, Match m)
    {
        var first = context.TokenAt(context.TokenIndexFrom(m.Index));
        if (first is { } t && !context.IsCommon(t) && !context.Protected[context.TokenIndexFrom(m.Index)])
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Address, Categories.Location, Priorities.Context, m.Groups["type"].Value));
        }
    }

    private const string StreetType =
        @"(?<type>Road|Rd|Street|St|Avenue|Ave|Close|Crescent|Cres|Court|Ct|Way|Lane|Ln|Drive|Dr|Place|Pl|Terrace|Tce|Grove|Parade|Pde|Boulevard|Blvd|Highway|Hwy|Square|Sq|Circuit|Cct|Mews|Row|Walk|Gardens|Rise|Wynd|Esplanade|Quay|Parkway|Pkwy|View|Hill|Green|Park|Heights|Vale|Gate|Grange|Meadows|Croft|Fold|Chase|Glen|Loop|Trail)";

    [GeneratedRegex(
        @"(?:\b(?:Flat|Unit|Apt\.?|Apartment|Suite)\s+[\w/]+,?\s+)?\b\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?)?,?\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][\p{L}'’-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,3}" + StreetType +
        @"\b\.?(?:\s+(?:NE|NW|SE|SW)\b)?(?:,?\s+(?:Apt\.?|Apartment|Unit|Suite|Flat|#)\s*\w+)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\b(?:[A-Z][\p{L}'’-]+\s+){1,3}(?<type>Road|Street|Avenue|Lane|Drive|Close|Crescent|Court|Terrace|Parade|Boulevard|Highway)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    /// <summary>"on Pemberton St after", "Carrick Blvd, Sudbury": an abbreviated street type ends the name, so no capital follows it.</summary>
    [GeneratedRegex(@"\b(?:[A-Z][\p{L}'’-]+\s+){1,3}(?<type>St|Rd|Ave|Blvd|Dr|Cres|Tce|Pde|Pl|Hwy|Ln|Ct|Cct)\b\.?(?:\s[NSEW]{1,2}\b)?(?=\s*[,;:)\n]|\s*$|\s+[a-z\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NamedShort();

    // Lower-case "via" stays out: "at 1430 via Teams" and "in 2013 via Darwin" are a time and a route, not an address.
    [GeneratedRegex(@"\b\d{1,5}[A-Za-z]?,?\s+(?:rue|Rue|chemin|Chemin|boulevard|boul\.|avenue|place|Via|Calle|calle|Avenida)\s+(?:(?:de|du|des|la|le|del|di)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}", RegexOptions.CultureInvariant)]
    private static partial Regex FrenchStyle();

    /// <summary>"no. 27 Kowhai", "number 4 Ash": a house number written with its label and a street name with no type after it.</summary>
    [GeneratedRegex(@"(?<=\b(?:[Nn]o\.?|[Nn]umber|#)\s?)\d{1,4}[A-Za-z]?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedWithoutType();

    [GeneratedRegex(@"\b(?:Co\.|County)\s+\p{Lu}\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex County();

    // UK A and M roads, Irish national roads (N40), New Zealand state highways (SH1) and US interstates (I-95).
    [GeneratedRegex(@"\b(?:[AM]\d{1,4}(?:\(M\))?|N\d{1,2}|SH\s?\d{1,2}|I-\d{1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Road();

    [GeneratedRegex(@"\b(?:(?:P\.?[ ]?O\.?|Post[ ]Office|Private)[ ]?)?(?:Box|BOX)[ ]\d{1,6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostBox();
}
