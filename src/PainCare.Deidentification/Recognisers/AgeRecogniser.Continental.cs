using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Ages as clinicians trained in other languages write them in English: "who has 47 years", "Mr Berg is 58 years.",
/// "a 29-year man", "Woman, 44 y.,", "aged of 70 years"
/// (the word for "years" in other languages is read in <c>AgeRecogniser.Phrases</c>).
/// </summary>
internal sealed partial class AgeRecogniser
{
    private static void RecogniseContinental(ScanContext context, List<Candidate> candidates)
    {
        foreach (Match m in HasYears().Matches(context.Text))
        {
            var from = Math.Max(0, m.Index - 40);
            if (SubjectIsPerson(context, m.Index) || TitleBefore().IsMatch(context.Text.AsSpan(from, m.Index - from)))
            {
                AddNumber(context, candidates, m.Groups["n"]);
            }
        }

        // "a 29-year man", "52-years woman", "Woman, 44 y.,", "aged of 70 years": an age with a shortened unit.
        foreach (Match m in ShortUnitAge().Matches(context.Text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, m.Groups["u"].Index + m.Groups["u"].Length - n.Index, int.Parse(n.ValueSpan), false, bare: true);
        }
    }

    // "has 47 years" is a literal rendering of "tiene 47 años"; only a person's subject and a clause's end make it an age,
    // so "has 20 years of back pain" and "was 2 years post-op" stay.
    [GeneratedRegex(@"\b(?:has|had|have|is|was|am)\s+(?:now\s+)?(?<n>\d{1,3})\s+years(?:\s+old)?(?=\s*(?:[.,;:)]|$|\s+(?:and|but|now|today)\b))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex HasYears();

    [GeneratedRegex(@"(?<![\d.,/])\b(?<n>\d{1,3})(?<u>-years?(?=\s+(?:old\s+)?(?:man|woman|male|female|boy|girl|patient|lady|gentleman|mother|father|seafarer|worker)\b)|\s?y\.(?=\s*,)|(?<=\b(?i:aged)\s+of\s+\d{1,3})\s+years)", RegexOptions.CultureInvariant)]
    private static partial Regex ShortUnitAge();
}
