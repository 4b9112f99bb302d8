using System.Text.RegularExpressions;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Ages told through a person or a life event: "a woman of 58", "married at 19", "Now 71, she…", "ages 6 and 9",
/// "63 F presenting with…".
/// </summary>
internal sealed partial class AgeRecogniser
{
    private static void RecogniseEvents(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        foreach (Match m in PersonOf().Matches(text))
        {
            // "a mother of three" counts children; "a mother of 58" is her age.
            if (!m.Groups["parent"].Success || NumberWords.Parse(m.Groups["n"].Value) >= 15)
            {
                AddNumber(context, candidates, m.Groups["n"]);
            }
        }

        // An age at a life event pins the person as surely as their age now: "widowed at 60", "left school at 15".
        // "at 19" goes whole, so the band reads "married in her teens".
        foreach (Match m in AtLifeEvent().Matches(text))
        {
            var n = m.Groups["n"];
            var years = NumberWords.Parse(n.Value);
            if (years >= 5)
            {
                var at = m.Groups["at"];
                Add(context, candidates, at.Index, n.Index + n.Length - at.Index, years, false);
            }
        }

        foreach (Match m in NowAge().Matches(text))
        {
            AddNumber(context, candidates, m.Groups["n"]);
        }

        foreach (Match m in AgesList().Matches(text))
        {
            foreach (Capture n in m.Groups["n"].Captures)
            {
                Add(context, candidates, n.Index, n.Length, int.Parse(n.ValueSpan), false, bare: true);
            }
        }

        // "I'm 44", "im 29 lol": a person giving their own age, as messages write it.
        foreach (Match m in FirstPersonAge().Matches(text))
        {
            AddNumber(context, candidates, m.Groups["n"]);
        }

        // "DOB 11.09.2008, 17 yrs,": an age with its unit straight after a birth date, with no bracket round it.
        foreach (Match m in AgeAfterBirthDate().Matches(text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, m.Groups["u"].Index + m.Groups["u"].Length - n.Index, int.Parse(n.ValueSpan), false, bare: true);
        }

        RecognisePhrases(context, candidates);

        // "a retired boatbuilder of 75,": a person named by their work, then their age; "a number of 20" is no one.
        foreach (Match m in WorkerOf().Matches(text))
        {
            if (!_countNouns.Contains(m.Groups["noun"].Value.ToLowerInvariant()) && NumberWords.Parse(m.Groups["n"].Value) >= 18)
            {
                AddNumber(context, candidates, m.Groups["n"]);
            }
        }

        // "His seventieth was in April": a round birthday, or the eighteenth or twenty-first, told as a time.
        foreach (Match m in RoundBirthdayAsTime().Matches(text))
        {
            var w = m.Groups["w"];
            if (NumberWords.ParseOrdinal(w.Value) is var nth && (nth >= 30 && nth % 10 == 0 || nth is 18 or 21))
            {
                Add(context, candidates, w.Index, w.Length, nth, false, bare: true);
            }
        }

        // "The twins are 8.": children's ages told together.
        foreach (Match m in ChildrenAre().Matches(text))
        {
            foreach (Capture n in m.Groups["n"].Captures)
            {
                Add(context, candidates, n.Index, n.Length, NumberWords.Parse(n.Value), false, bare: true);
            }
        }

        // "Thirty in June;", "(nine in March)": the age someone reaches at a coming month or season.
        foreach (Match m in AgeAtComingTime().Matches(text))
        {
            AddNumber(context, candidates, m.Groups["n"]);
        }

        foreach (Match m in SexBeforeComplaint().Matches(text))
        {
            var n = m.Groups["n"];
            Add(context, candidates, n.Index, n.Length, int.Parse(n.ValueSpan), false, bare: true, m.Groups["s"].Value == "M" ? "his" : "her");
        }
    }

    private static readonly HashSet<string> _countNouns = new(StringComparer.Ordinal)
    {
        "number", "quarter", "cluster", "diameter", "counter", "layer", "litter", "order", "power", "cover", "litre", "liter", "meter",
        "water", "border", "register", "roster", "poster", "letter", "chapter", "dollar", "factor", "total", "score", "series", "weather",
    };

    private static void AddNumber(ScanContext context, List<Candidate> candidates, Group n) =>
        Add(context, candidates, n.Index, n.Length, NumberWords.Parse(n.Value), false, bare: true);

    [GeneratedRegex(@"\b(?:man|woman|lady|gentleman|gent|boy|girl|lad|lass|chap|bloke|fellow|widow|widower|patient|client|veteran|(?<parent>mother|father|grandmother|grandfather|grandma|grandad|grandpa|mum|mom|dad))\s+of\s+(?<n>\d{1,3}|" + NumberWords.Pattern + @")\b(?!\s*(?:%|/|kg|cm|years?\s+(?:ago|experience|service|standing)|yrs?\s+(?:ago|experience|service)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonOf();

    [GeneratedRegex(@"\b(?:married|marrying|wed|widowed|died|passed|passed\s+away|deceased|killed|divorced|retired|retiring|emigrated|migrated|arrived|immigrated|came\s+(?:to|over|here|from)|moved\s+(?:to|over|here|from)|relocated|settled\s+in|enlisted|diagnosed|orphaned|adopted|fostered|pregnant|left\s+(?:school|home|the\s+farm)|started\s+(?:work|working|school|smoking|drinking|dancing|playing|competing)|first\s+(?:child|baby|pregnancy|injury|fall)|became\s+a\s+(?:mother|father|mum|mom|dad|grandmother|grandfather|widow|widower))\b[^.;:\n\d]{0,32}?(?<at>\bat)\s+(?:just\s+|only\s+|age\s+)?(?<n>\d{1,2}|" + NumberWords.Pattern + @")\b(?!\s*(?:%|:|\.\d|am\b|pm\b|a\.m|p\.m|o['’]clock|h\b|hrs|hours|mins|minutes|weeks|wks|/|degrees|°|kg|km|mph|percent))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AtLifeEvent();

    [GeneratedRegex(@"(?:^|(?<=[.!?]\s|\n\s?))Now\s+(?<n>\d{2,3})(?=,|\s+and\b|\s+(?:she|he|they)\b)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex NowAge();

    [GeneratedRegex(@"\b(?:ages|aged|age)\s+(?<n>\d{1,2})(?:\s*(?:,|&|and)\s*(?<n>\d{1,2}))+(?![\w/%-]|\.\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgesList();

    [GeneratedRegex(@"\b(?<n>\d{1,3})\s(?<s>[MF])\s+(?=(?:with|presents|presenting|presented|c/o|who|referred|reports|complains|complaining|hx|pmh|PMH|Hx|seen|here|for)\b)(?<=(?:^|[\n,:(]\s?|\b(?:pt|Pt|PT|patient|Patient)\s)\d{1,3}\s[MF]\s+)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SexBeforeComplaint();

    [GeneratedRegex(@"\b(?:I['’]?m|I\s+am|i['’]?m|im|Im)\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?(?<n>\d{1,3})(?![\w/%.-]|\.\d)(?!\s*(?:kg|kilos|lbs?|stone|cm|mm|weeks?|wks|days?|months?|hours?|mins?|minutes|times|%|/|out\s+of|points))", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonAge();

    [GeneratedRegex(@"\b(?i:DOB|D\.O\.B\.?|date of birth|born|b\.)[:\s]\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*[,;]\s*(?<n>\d{1,3})\s*(?<u>y/o|yo|yrs?|years?(?:\s+old)?|y)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgeAfterBirthDate();

    [GeneratedRegex(@"\b(?:a|an)\s+(?:(?:retired|former|young|old|elderly|semi-retired|widowed|single|married|local|keen|lifelong|self-employed|proud|busy)\s+)?(?<noun>[a-z]+(?:man|woman)|[a-z]{3,}(?:er|or|ist|ian|ess))\s+of\s+(?<n>\d{2}|" + NumberWords.Pattern + @")(?=\s*(?:[,.;)]|$|\s+(?:who|with|from|and)\b))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex WorkerOf();

    [GeneratedRegex(@"(?:^|[.;!?]\s|\()(?<n>\d{2}|(?i:" + NumberWords.Pattern + @"))\s+(?:in|on|next|this)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|spring|summer|autumn|winter)\b(?=\s*[;,.)])", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex AgeAtComingTime();

    [GeneratedRegex(@"\b(?:his|her|their|my|your|our|\p{L}+['’]s)\s+(?<w>" + NumberWords.OrdinalPattern + @")\s+(?:was|is|will\s+be|falls|fell)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoundBirthdayAsTime();

    [GeneratedRegex(@"\b(?:twins|kids|children|boys|girls|sons|daughters|grandchildren|grandkids)\s+are\s+(?:now\s+)?(?<n>\d{1,2}|" + NumberWords.Pattern + @")(?:\s+and\s+(?<n>\d{1,2}|" + NumberWords.Pattern + @"))?(?=\s*(?:[.,;]|$))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ChildrenAre();
}
