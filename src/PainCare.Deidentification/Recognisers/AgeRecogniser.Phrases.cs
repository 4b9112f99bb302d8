using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Ages in the short phrases of notes and forms: children listed with their ages ("boy 8, girl 11", "two kids, 6 and 9"),
/// an age drawing near ("coming up 60", "approaching 70") and an age opening a summary line ("67 yrs, retired").
/// </summary>
internal sealed partial class AgeRecogniser
{
    private static void RecognisePhrases(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        foreach (Match m in ChildrenWithAges().Matches(text))
        {
            foreach (Capture n in m.Groups["n"].Captures)
            {
                Add(context, candidates, n.Index, n.Length, int.Parse(n.ValueSpan), false, bare: true);
            }
        }

        // "coming up 70" goes whole, as "nearing his seventies": "coming up seventy-something" would not read.
        foreach (Match m in AgeDrawingNear().Matches(text))
        {
            var n = m.Groups["n"];
            var years = NumberWords.Parse(n.Value);
            if (years >= 13)
            {
                candidates.Add(new Candidate(m.Index, n.Index + n.Length, CandidateKind.Age, Categories.Age, Priorities.Pattern,
                    new AgeValue(years, false, Pronoun(text, m.Index), Reached: "nearing")));
            }
        }

        foreach (Match m in ForeignYears().Matches(text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, m.Index + m.Length - n.Index, int.Parse(n.ValueSpan), false, bare: true);
        }

        // "attended; 47; retired", "(b. 1950, 75 on the 2nd)", ", now twelve,": a figure set off in a list or told against a birthday.
        foreach (Match m in SetOffAge().Matches(text))
        {
            var n = m.Groups["n"];
            if (m.Groups["birthday"].Success || NumberWords.Parse(n.Value) >= 13)
            {
                AddNumber(context, candidates, n);
            }
        }

        // "63/F", "63 y, female", "Patient 63y", "63 years young", "She'll be 60 in March", "We're both 71", "| 63 y |".
        foreach (Match m in ShortAgeForms().Matches(text))
        {
            AddNumber(context, candidates, m.Groups["n"]);
        }

        // "born in Sligo and 71 now": an age joined to the rest of a person's story by "and … now".
        foreach (Match m in JoinedAgeNow().Matches(text))
        {
            AddNumber(context, candidates, m.Groups["n"]);
        }

        foreach (Match m in AgeAfterAnyBirthDate().Matches(text))
        {
            AddNumber(context, candidates, m.Groups["n"]);
        }

        foreach (Match m in SummaryLineAge().Matches(text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, m.Groups["u"].Index + m.Groups["u"].Length - n.Index, int.Parse(n.ValueSpan), false, bare: true);
        }
    }

    private const string NotAMeasure =
        @"(?![\w/%½]|[.:]\d|\s*(?:x\b|times|kg|kilos|lbs?|cm|mm|mins?|minutes|hours?|hrs?|days?|weeks?|wks?|months?|mo\b|years|yrs|sessions|reps|sets|points|degrees|°|mg|of\b|out\b|/))";

    [GeneratedRegex(@"\b(?:boy|girl|son|daughter|grandson|granddaughter|boys|girls|sons|daughters|kids|children|grandchildren|grandkids|twins|stepson|stepdaughter)(?:\s*,\s*|\s+)(?:aged\s+)?(?<n>\d{1,2})" + NotAMeasure + @"(?:\s*(?:,|&|and)\s*(?:(?:boy|girl|son|daughter)\s+)?(?<n>\d{1,2})" + NotAMeasure + ")*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChildrenWithAges();

    [GeneratedRegex(@"\b(?:coming\s+up(?:\s+to)?|approaching|nearing|pushing|going\s+on)\s+(?<n>\d{2,3}|" + NumberWords.Pattern + ")" + NotAMeasure, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgeDrawingNear();

    [GeneratedRegex(@"(?:^|(?<=\n))\s*(?<n>\d{1,3})\s?(?<u>yrs?|years?(?:\s+old)?|y/o|yo)\s*,\s+(?=(?:retired|male|female|man|woman|boy|girl|[MF]\b|married|single|widowed|divorced|lives|living|works|working|unemployed|student|mother|father|mum|dad)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SummaryLineAge();

    [GeneratedRegex(@"\b(?:early|mid|late)?[- ]?\d0s\s*\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BandBefore();

    // The word for "years" in French, Spanish, Portuguese, German, Dutch, Polish, Italian and the Scandinavian languages,
    // and the Dutch and German abbreviations ("63 j.", "58 J.").
    [GeneratedRegex(@"(?<![\d.,])\b(?<n>\d{1,3})\s?(?:(?:ans|años|anos|Jahre|jaar|lat|anni|år)\b|(?:j|J|jr)\.(?!\d))|(?<n>\d{1,3})\s?[歲岁]", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignYears();

    [GeneratedRegex(@"(?<=\p{L}\s?;\s|,\s+now\s+|,\s+now\s+aged\s+)(?<n>\d{1,3}|" + NumberWords.Pattern + @")(?=\s*[;,.)]|\s*$)|(?<=[,;(–]\s*)(?<n>\d{1,3})(?<birthday>\s+(?:next\s+birthday|on\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)\b|" + FullWeekday + @"\b|\d{1,2}(?:st|nd|rd|th)?\s+" + Dates.MonthNames.Pattern + @"\b|" + Dates.MonthNames.Pattern + @"\s+\d|\p{Lu}\w+\s+(?:weekend|Day)\b)))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SetOffAge();

    // "born 4 May 1950, seventy-five.": a bare figure straight after a birth date, however the date is written.
    [GeneratedRegex(@"\b(?i:born|DOB|D\.O\.B\.?|date of birth)[:\s][^.\n;()]{4,30}?\b(?:19|20)\d{2}\s*,\s*(?:aged\s+)?(?<n>\d{1,3}|" + NumberWords.Pattern + @")\b(?=\s*[.,;)]|\s*$)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex AgeAfterAnyBirthDate();

    [GeneratedRegex(@"\b(?:and|but)\s+(?<n>1[3-9]|[2-9]\d|1[01]\d|" + NumberWords.Pattern + @")\s+now\b(?=\s*[,.;:!)]|\s*$|\s+(?:and|but|as|so|she|he|they|according)\b)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex JoinedAgeNow();

    private const string AgeFigure = @"(?<n>1[3-9]|[2-9]\d|1[01]\d)";

    [GeneratedRegex(
        // "23/F, Block 5" is a Hong Kong floor, not a woman of 23.
        @"(?<!(?i:flat|unit|rm|room|shop)\s+\w{1,3},\s)\b" + AgeFigure + @"\s?/\s?(?:[MF]|male|female)\b(?!,?\s*(?i:block|blk|tower|building|bldg|mansion|house|court|floor))" +
        @"|\b" + AgeFigure + @"\s?y(?:rs?)?\b(?=,?\s+(?:female|male|woman|man|lady|gentleman|F|M)\b)" +
        @"|(?<=\b(?:[Pp]atient|[Pp]t|[Cc]lient)\s)" + AgeFigure + @"\s?y\b" +
        @"|\b" + AgeFigure + @"\s+years\s+young\b" +
        // "Age at referral: 40", "Age on admission = 71": the age a form records at some event.
        @"|(?<=\b(?i:age)\s+(?:at|on)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*[:=]\s*)" + AgeFigure + @"\b(?!\s*(?:%|/|mg|kg|months|weeks|days|\.\d))" +
        // "| 33 y |": a table cell holding nothing but an age and its unit.
        @"|(?<=\|[ \t]*)" + AgeFigure + @"[ \t]?(?:y|yrs?|years|yo|y/o)\.?(?=[ \t]*(?:\||\r?$))" +
        @"|(?<=\b(?i:he|she|they|we|i)['’](?:ll\s+be|re\s+both|re\s+now|s\s+nearly|s\s+almost)\s)" + AgeFigure + @"\b(?!\s*(?:%|/|mg|kg|minutes|mins|hours|days|weeks|months|years\s+(?:of|since|ago)|times|sessions|points|x\b|more|of\b|out\b|metres|miles))",
        RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ShortAgeForms();
}
