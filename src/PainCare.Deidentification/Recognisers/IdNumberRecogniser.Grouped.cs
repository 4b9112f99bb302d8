using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// National and insurance numbers written in four or more groups of figures joined by full stops or hyphens, as Swiss,
/// Belgian and other European numbers are ("756.1234.5678.97", "72.11.04-118.45"): no date or version has so many.
/// </summary>
internal sealed partial class IdNumberRecogniser
{
    private static void AddGrouped(string text, List<Candidate> candidates)
    {
        foreach (var m in GroupedFigures().EnumerateMatches(text))
        {
            var digits = 0;
            foreach (var c in text.AsSpan(m.Index, m.Length))
            {
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }

            if (digits >= 9)
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Id, Categories.Id, Priorities.Pattern + 2));
            }
        }
    }

    [GeneratedRegex(@"(?<![\d.-])\d{2,4}(?:[.-]\d{2,4}){3,}(?![\d-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedFigures();
}
