using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Numbers that a regulator or a short label vouches for: a clinician's registration ("HCPC PH104233", "(GMC 7012345)")
/// and a labelled number read in threes ("HSN: 412 077 935").
/// </summary>
internal sealed partial class IdNumberRecogniser
{
    /// <summary>Regulators whose registers a clinician's number sits on; the regulator itself identifies no one.</summary>
    public static readonly HashSet<string> Regulators = new(StringComparer.Ordinal)
    {
        "HCPC", "GMC", "NMC", "GPhC", "GOsC", "GCC", "GDC", "AHPRA", "NZREX", "PNZ", "MCNZ", "NCNZ", "CPO", "CPSO", "CPTBC", "CNO", "IMC",
        "NMBI", "CORU", "PSI", "NPI", "HPII", "PSNI", "GOC", "PBA", "OBA", "CPA",
    };

    private static void AddRegistrations(string text, List<Candidate> candidates)
    {
        AddGroups(candidates, Registration().Matches(text), "v", Categories.Id, Priorities.Pattern);
        AddGroups(candidates, LabelledThrees().Matches(text), "v", Categories.Id, Priorities.Pattern);
        AddGroups(candidates, SlashedNumber().Matches(text), "v", Categories.Id, Priorities.Pattern + 2);
        AddGroups(candidates, CallSign().Matches(text), "v", Categories.Contact, Priorities.Pattern);
    }

    [GeneratedRegex(@"\b(?:HCPC|GMC|NMC|GPhC|GOsC|GCC|GDC|AHPRA|NZREX|PNZ|MCNZ|NCNZ|CPO|CPSO|CPTBC|CNO|IMC|NMBI|CORU|PSI|NPI|PRN|HPII)(?:\s+(?:no\.?|number|reg(?:istration)?\.?))?[:\s#]\s*(?<v>[A-Z]{0,4}\d{4,10}[A-Z]?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Registration();

    // The label may stand with a colon, a table's bar or nothing between ("SK HSN 412 077 935", "| PHN | 412 077 935").
    [GeneratedRegex(@"\b[A-Z]{2,5}(?:\s+(?:no\.?|number|#))?\s*(?:[:|]\s*)?(?<v>\d{3}[ -]\d{3}[ -]\d{3,4})(?![\d/-])", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledThrees();

    // "plot no. 7/2201/455": figures in three or more slashed groups after a number word are a reference, not a date.
    [GeneratedRegex(@"(?:\bno\.|\bNo\.?|\bnumber|#)[ ]?(?<v>(?=[\d/]*\d{3})\d{1,4}(?:/\d{2,6}){2,})(?![\w/-])", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedNumber();

    // "call sign VJQ-22": a station's or vehicle's radio name reaches a person like a phone number does.
    [GeneratedRegex(@"\b(?i:call[ -]?sign)\s*:?\s*(?<v>[A-Z0-9]{2,6}(?:-[A-Z0-9]{1,4})?)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex CallSign();
}
