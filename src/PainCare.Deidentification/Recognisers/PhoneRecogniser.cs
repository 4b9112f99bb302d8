using System.Text.RegularExpressions;
using PainCare.Deidentification.Checksums;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Phone numbers in UK, Irish, Australian, New Zealand and North American formats.</summary>
internal sealed partial class PhoneRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        foreach (var m in Phone().EnumerateMatches(context.Text))
        {
            var digits = Digits.Count(context.Text.AsSpan(m.Index, m.Length));
            if (digits is >= 8 and <= 13)
            {
                candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Contact, Categories.Contact, Priorities.Pattern));
            }
        }
    }

    [GeneratedRegex(
        @"(?<![\w/+-])(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,4}" +
        @"|\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}" +
        @"|0\d{1,4}(?:[\s.-]?\d{2,4}){2,3}" +
        @"|1[38]00[\s.-]?\d{3}[\s.-]?\d{3}" +
        @"|[2-9]\d{2}[.-]\d{3}[.-]\d{4}" +
        @"|[2-9]\d{2}\s\d{3}\s\d{4})(?![\w/-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
