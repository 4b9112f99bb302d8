using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Email addresses, URLs and social-media handles.</summary>
internal sealed partial class ContactRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        foreach (var m in Email().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Email, Categories.Contact, Priorities.Known + 5));
        }

        foreach (var m in Url().EnumerateMatches(context.Text))
        {
            var end = m.Index + m.Length;
            while (end > m.Index && context.Text[end - 1] is '.' or ',' or ';' or ':' or ')' or '\'' or '"')
            {
                end--;
            }

            candidates.Add(new Candidate(m.Index, end, CandidateKind.Contact, Categories.Contact, Priorities.Known + 4));
        }

        foreach (var m in Handle().EnumerateMatches(context.Text))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, CandidateKind.Contact, Categories.Contact, Priorities.Pattern));
        }
    }

    [GeneratedRegex(@"[\p{L}0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z0-9_]{2,30}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();
}
