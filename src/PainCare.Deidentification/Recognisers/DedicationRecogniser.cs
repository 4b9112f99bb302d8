using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// A parish, school or hospice named by its dedication alone, with no "church" or "school" after it: "Mass at
/// Our Lady of Fatima", "Year 3 at Mary Immaculate".
/// </summary>
internal sealed partial class DedicationRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        foreach (Match m in Dedication().Matches(context.Text))
        {
            var d = m.Groups["d"];
            candidates.Add(new Candidate(d.Index, d.Index + d.Length, CandidateKind.Location, Categories.Location, Priorities.Facility));
        }
    }

    [GeneratedRegex(@"\b(?<d>Our\s+Lady(?:\s+(?:Star|Queen|Help|Mother|Seat)\s+of(?:\s+the)?|\s+of(?:\s+the)?)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|\b(?:at|to|from|of|in|with)\s(?<d>Christ\s+the\s+King|Mary\s+Immaculate|Mater\s+Dei|Corpus\s+Christi|Stella\s+Maris)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Dedication();
}
