using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// A code said one figure or letter at a time ("three one six", "G L four", "D N F W") is an identifier whatever
/// word came before it: people spell out numbers only to give a phone, a record or a postcode. A turn may split one
/// code in two, so each part is judged alone.
/// </summary>
internal sealed partial class SpokenCodeRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        foreach (var (start, end) in context.SpokenCodes)
        {
            var code = text.AsSpan(start, end - start);
            var letters = 0;
            var digits = 0;
            foreach (var c in code)
            {
                letters += char.IsLetter(c) ? 1 : 0;
                digits += char.IsDigit(c) ? 1 : 0;
            }

            var from = Math.Max(0, start - 60);
            var (kind, category) = digits == 0 && letters >= 5 ? (CandidateKind.Name, Categories.Name)
                : letters > 0 && digits > 0 && code.Length <= 4 ? (CandidateKind.Postcode, Categories.Location)
                : letters == 0 && PhoneCue().IsMatch(text.AsSpan(from, start - from)) ? (CandidateKind.Contact, Categories.Contact)
                : (CandidateKind.Id, Categories.Id);
            candidates.Add(new Candidate(start, end, kind, category, Priorities.Pattern - 1));
        }
    }

    [GeneratedRegex(@"\b(?:phone|mobile|cell|landline|number is|call|ring|text|contact|on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCue();
}
