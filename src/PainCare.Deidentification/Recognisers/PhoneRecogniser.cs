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

        // "Ph 9127 4483", "call her on 6234 1187": a local number with no area code, trusted only after a word for a phone.
        foreach (Match m in LocalNumber().Matches(context.Text))
        {
            var n = m.Groups["n"];
            candidates.Add(new Candidate(n.Index, n.Index + n.Length, CandidateKind.Contact, Categories.Contact, Priorities.Pattern));
        }

        // "Tel. 353 1 555 0123": digit groups with a country code and no plus, after a word for a phone.
        foreach (Match m in LabelledDigitGroups().Matches(context.Text))
        {
            var n = m.Groups["n"];
            if (Digits.Count(n.ValueSpan) is >= 8 and <= 13)
            {
                candidates.Add(new Candidate(n.Index, n.Index + n.Length, CandidateKind.Contact, Categories.Contact, Priorities.Pattern));
            }
        }

        // "ext 57", "…440 x1180": an extension reaches one desk, so it goes with the number before it.
        foreach (Match m in Extension().Matches(context.Text))
        {
            var n = m.Groups["n"];
            candidates.Add(new Candidate(n.Index, n.Index + n.Length, CandidateKind.Contact, Categories.Contact, Priorities.Pattern));
        }

        // "her mobile's oh two one, five five five ...": a number read out in words after a word for a phone.
        if (context.Text.Contains(" five", StringComparison.OrdinalIgnoreCase) || context.Text.Contains(" two", StringComparison.OrdinalIgnoreCase)
            || context.Text.Contains(" oh ", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var m in SpokenPhone().EnumerateMatches(context.Text))
            {
                candidates.Add(new Candidate(m.Index + m.Length - SpokenTail(context.Text, m.Index, m.Length), m.Index + m.Length, CandidateKind.Contact, Categories.Contact, Priorities.Pattern));
            }
        }
    }

    /// <summary>Length of the spoken digits at the end of a match (the phone word before them stays).</summary>
    private static int SpokenTail(string text, int start, int length)
    {
        var match = SpokenDigitsOnly().Match(text, start, length);
        return match.Success ? start + length - match.Index : 0;
    }

    private const string DigitWord = @"(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)";

    [GeneratedRegex(@"\b(?:mobile|phone|cell|number|landline|ring|call|text|contact)(?:['’]s)?\b[^.\n\d]{0,24}?\b" + DigitWord + @"(?:[\s,-]+" + DigitWord + @"){6,}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenPhone();

    [GeneratedRegex(@"\b(?i:ph|phone|tel|telephone|mob|mobile|cell|landline|whatsapp|contact|number|call|ring|text)(?:['’]s)?\b[^.\n\d]{0,16}?(?<n>(?<![\w/+-])(?:\d{4}[ -]?\d{4}|\d{3}[ -]\d{4}))(?![\w/-])", RegexOptions.CultureInvariant)]
    private static partial Regex LocalNumber();

    [GeneratedRegex(@"\b" + DigitWord + @"(?:[\s,-]+" + DigitWord + @"){6,}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenDigitsOnly();

    [GeneratedRegex(
        @"(?<![\w/+-])(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,4}" +
        @"|\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}" +
        @"|0\d{1,4}(?:[\s.-]?\d{2,4}){2,3}" +
        @"|1[38]00[\s.-]?\d{3}[\s.-]?\d{3}" +
        @"|[2-9]\d{2}[.-]\d{3}[.-]\d{4}" +
        @"|[2-9]\d{2}\s\d{3}\s\d{4})(?![\w/-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?i:ph|phone|tel|telephone|mob|mobile|cell|landline|whatsapp)\b\.?:?\s*(?<n>(?<![\w/+-])\d{1,4}(?:[ ]\d{1,4}){3,5})(?![\w/-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledDigitGroups();

    // Only straight after a number's last figures: alone, "ext 20" in a physiotherapy note is a range of movement.
    [GeneratedRegex(@"(?:(?i:ext|extn)|x)(?<=\d{3}[ ,]{0,2}(?:(?i:ext|extn)|x))\.?\s?#?\s?(?<n>\d{2,5})(?![\w/-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Extension();
}
