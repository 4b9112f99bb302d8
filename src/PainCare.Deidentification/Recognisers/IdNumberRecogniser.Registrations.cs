using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Numbers that a regulator or a short label vouches for: a clinician's registration ("HCPC PH104233", "(GMC 7012345)")
/// and a labelled number read in threes ("HSN: 412 077 935").
/// </summary>
internal sealed partial class IdNumberRecogniser
{
    private static void AddRegistrations(string text, List<Candidate> candidates)
    {
        AddGroups(candidates, Registration().Matches(text), "v", Categories.Id, Priorities.Pattern);
        AddGroups(candidates, LabelledThrees().Matches(text), "v", Categories.Id, Priorities.Pattern);
    }

    [GeneratedRegex(@"\b(?:HCPC|GMC|NMC|GPhC|GOsC|GCC|GDC|AHPRA|NZREX|PNZ|MCNZ|NCNZ|CPO|CPSO|CPTBC|CNO|IMC|NMBI|CORU|PSI|NPI|PRN|HPII)(?:\s+(?:no\.?|number|reg(?:istration)?\.?))?[:\s#]\s*(?<v>[A-Z]{0,4}\d{4,10}[A-Z]?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Registration();

    [GeneratedRegex(@"\b[A-Z]{2,5}(?:\s+(?:no\.?|number|#))?\s*:\s*(?<v>\d{3}[ -]\d{3}[ -]\d{3,4})(?![\d/-])", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledThrees();
}
