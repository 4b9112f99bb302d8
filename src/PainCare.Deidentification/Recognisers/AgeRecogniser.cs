using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Exact ages: "53-year-old", "nine-year-old", "aged 31", "is 40", "Hope Nguyen-Tran, 47, attended", "47F".</summary>
internal sealed partial class AgeRecogniser : IRecogniser
{
    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        // Anchored on the literal "year"/"yr" so the scan is fast; the number is then read backwards.
        foreach (var m in YearOld().EnumerateMatches(text))
        {
            var from = Math.Max(0, m.Index - 18);
            if (NumberBefore().Match(text, from, m.Index - from) is { Success: true } number)
            {
                var value = text[number.Index..(m.Index + m.Length)];
                var adjective = value.Contains('-', StringComparison.Ordinal) && !value.Contains(' ', StringComparison.Ordinal);
                Add(context, candidates, number.Index, value.Length, NumberWords.Parse(number.Groups["n"].Value), adjective);
            }
        }

        foreach (Match m in Aged().Matches(text))
        {
            Add(context, candidates, m.Index, m.Length, int.Parse(m.Groups["n"].ValueSpan), false);
        }

        foreach (Match m in Stated().Matches(text))
        {
            if (SubjectBefore().Match(text, Math.Max(0, m.Index - 40), m.Index - Math.Max(0, m.Index - 40)) is not { Success: true } subjectMatch)
            {
                continue;
            }

            var subject = subjectMatch.Groups["who"];
            var isPerson = subject.Value.ToLowerInvariant() is "she" or "he" or "they" or "who" or "i"
                || (char.IsUpper(subject.Value[0]) && !context.IsCommon(context.Tokens[context.TokenIndexFrom(subject.Index)]) && !IsAcronym(subject.Value));
            if (isPerson)
            {
                var n = m.Groups["n"];
                Add(context, candidates, n.Index, n.Length, int.Parse(n.ValueSpan), false, m.Value.Contains("turn", StringComparison.Ordinal));
            }
        }

        foreach (Match m in Apposition().Matches(text))
        {
            var n = m.Groups["n"];
            var previous = context.TokenAt(context.TokenIndexFrom(m.Index) - 1);
            if (previous is { IsCapitalised: true } p && !context.IsCommon(p) && !IsAcronym(p.Base))
            {
                Add(context, candidates, n.Index, n.Length, int.Parse(n.ValueSpan), false);
            }
        }

        foreach (Match m in Shorthand().Matches(text))
        {
            var attributive = ArticleBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 4), Math.Min(4, m.Index)));
            Add(context, candidates, m.Index, m.Length, int.Parse(m.Groups["n"].ValueSpan), attributive);
        }
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static void Add(ScanContext context, List<Candidate> candidates, int start, int length, int years, bool adjective, bool bare = false)
    {
        if (years is < 0 or > 125)
        {
            return;
        }

        candidates.Add(new Candidate(start, start + length, CandidateKind.Age, Categories.Age, Priorities.Pattern, new AgeValue(years, adjective, Pronoun(context.Text, start), bare)));
    }

    /// <summary>The possessive pronoun for the band ("in her fifties"), from the nearest gendered word in the sentence.</summary>
    private static string Pronoun(string text, int at)
    {
        var from = Math.Max(0, at - 80);
        var to = Math.Min(text.Length, at + 400);
        var best = (Distance: int.MaxValue, Word: "their");
        foreach (var m in Gendered().EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var word = text.Substring(from + m.Index, m.Length).ToLowerInvariant();
            var distance = Math.Abs(from + m.Index - at) + (from + m.Index < at ? 40 : 0);
            if (distance < best.Distance)
            {
                var female = word is "she" or "her" or "woman" or "girl" or "daughter" or "mother" or "wife" or "sister" or "granddaughter" or "mrs" or "ms" or "miss" or "mum" or "mom";
                best = (distance, female ? "her" : "his");
            }
        }

        return best.Word;
    }

    [GeneratedRegex(@"(?:^|\W)(?:a|an|A|An)\s\z", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"\b(?:she|her|woman|girl|daughter|mother|wife|sister|granddaughter|mrs|ms|miss|mum|mom|he|his|him|man|boy|son|father|husband|brother|grandson|mr|dad)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Gendered();

    [GeneratedRegex(@"(?<=[- ])(?:year|yr)s?[- ]old\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearOld();

    [GeneratedRegex(@"\b(?<n>\d{1,3}|" + NumberWords.Pattern + @")[- ]\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberBefore();

    [GeneratedRegex(@"\b(?<who>\p{L}+)['’]?,?\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectBefore();

    [GeneratedRegex(@"\b(?:aged|age|Age|Aged)\s*:?\s*(?<n>\d{1,3})\b(?!\s*(?:%|/|mg|kg|months|weeks|days))", RegexOptions.CultureInvariant)]
    private static partial Regex Aged();

    [GeneratedRegex(@"\b(?:is|was|turned|turns|turning|is now|was now|will be|had just turned|has just turned)\s+(?<n>\d{1,3})\b(?!\s*(?:%|/|mg|kg|cm|mm|ml|degrees|°|minutes|mins|hours|hrs|days|weeks|months|years|times|x\b|sessions|points|metres|meters|out|of|kilos|pounds|lb|\.\d|,\d))", RegexOptions.CultureInvariant)]
    private static partial Regex Stated();

    [GeneratedRegex(@"(?<=\p{L}['’]?),\s+(?<n>\d{1,3})(?=\s*[,.;)]|\s+(?:and|who|is|was|has|had|lives|attended|reports|presented|with|from)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    [GeneratedRegex(@"(?<![.\d])\b(?<n>\d{1,3})(?:\s?(?:y/o|yo|y\.o\.?)|[MF])(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Shorthand();
}
