using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Form fields that name an employer, insurer or school ("Employer (casual): Harbourside Freight", "Insurer: Pohara
/// Mutual"), and a former employer joined to "ex-" ("ex-Harbourside"): the value is an organisation whatever its words.
/// </summary>
internal sealed partial class OrganisationRecogniser
{
    private static readonly HashSet<string> _emptyValues = new(StringComparer.Ordinal)
    {
        "none", "nil", "n/a", "na", "unknown", "unemployed", "retired", "self-employed", "self", "private", "public", "student", "home",
        "not", "no", "yes", "pending", "tbc", "tba", "same", "as", "see",
    };

    private static void AddLabelled(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        AddValues(context, candidates, LabelledValue());
        // "Medical aid Marrowby no 3391", "health fund: Quillon Health": a fund named anywhere in a sentence, colon or not.
        AddValues(context, candidates, FundValue());

        foreach (Match m in FormerEmployer().Matches(text))
        {
            var name = m.Groups["n"];
            if (UnknownWords.IsUnknownKey(TextFold.Key(name.Value)))
            {
                candidates.Add(new Candidate(name.Index, name.Index + name.Length, CandidateKind.Organisation, Categories.Organisation, Priorities.Context));
            }
        }
    }

    /// <summary>Each value a pattern captures as "v", unless it opens with an empty answer, a clinical term or an everyday word.</summary>
    private static void AddValues(ScanContext context, List<Candidate> candidates, Regex pattern)
    {
        foreach (Match m in pattern.Matches(context.Text))
        {
            var value = m.Groups["v"];
            var first = context.TokenIndexFrom(value.Index);
            if (first < context.Tokens.Count && !_emptyValues.Contains(context.Tokens[first].Key) && !context.Protected[first] && !context.IsCommon(context.Tokens[first]))
            {
                // A full stop closing the value ends the sentence, and stays with it.
                var end = value.Index + value.Length - (value.Value.EndsWith('.') ? 1 : 0);
                candidates.Add(new Candidate(value.Index, end, CandidateKind.Organisation, Categories.Organisation, Priorities.Gazetteer + 1));
            }
        }
    }

    [GeneratedRegex(@"(?:^|(?<=\n)|(?<=\S\s{2,})|(?<=\t)|(?<=\|\s?)|(?<=[.;]\s))(?i:Employer|Insurer|Insurance|Health (?:fund|insurance|insurer|plan)|Fund|Workplace|Company|Union|Club|School|Carrier|Payer|Benefits|Benefit plan|Church|Parish|Congregation|University|College)(?:\s*\([^()\n]{1,30}\))?\s*:[ \t]*(?<v>\p{Lu}[\p{L}\d'’&.-]*(?:[ ](?:(?:of|for|and|the|&|de|du|y)[ ])?[\p{Lu}\d][\p{L}\d'’&.-]*){0,5})", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledValue();

    [GeneratedRegex(@"\b(?i:medical\s+aid|health\s+fund|medical\s+scheme|private\s+health(?:\s+insurer)?|health\s+insurer)(?:\s*:)?[ \t]+(?<v>\p{Lu}[\p{L}'’&-]+(?:[ ]\p{Lu}[\p{L}'’&-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex FundValue();

    [GeneratedRegex(@"\bex-(?<n>\p{Lu}[\p{L}'’]+)", RegexOptions.CultureInvariant)]
    private static partial Regex FormerEmployer();
}
