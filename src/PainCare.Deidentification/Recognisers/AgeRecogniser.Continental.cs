using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Ages as clinicians trained in other languages write them in English: "who has 47 years", "she is 45 years."
/// (the word for "years" in other languages is read in <c>AgeRecogniser.Phrases</c>).
/// </summary>
internal sealed partial class AgeRecogniser
{
    private static void RecogniseContinental(ScanContext context, List<Candidate> candidates)
    {
        foreach (Match m in HasYears().Matches(context.Text))
        {
            AddNumber(context, candidates, m.Groups["n"]);
        }
    }

    // "has 47 years" is a literal rendering of "tiene 47 años"; only a person's subject and a clause's end make it an age,
    // so "has 20 years of back pain" and "was 2 years post-op" stay.
    [GeneratedRegex(@"\b(?:she|he|who|patient|pt|[Ss]he|He|Who|Patient|I)\s+(?:has|had|have|is|was|am)\s+(?:now\s+)?(?<n>\d{1,3})\s+years(?:\s+old)?(?=\s*(?:[.,;:)]|$|\s+(?:and|but|now|today)\b))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex HasYears();
}
