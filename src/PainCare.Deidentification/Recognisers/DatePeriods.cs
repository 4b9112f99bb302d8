using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Dates narrower than a year that name no day: a quarter ("Q2 2023") or a movable feast with its year ("Easter 2021"),
/// written back as a shifted month and year; a season with its year, moved by whole seasons; and a day over a month that no score can be ("group resumes 17/4").
/// </summary>
internal sealed partial class DateRecogniser
{
    private static void AddPeriods(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        foreach (Match m in Quarter().Matches(text))
        {
            var month = ((m.Groups["q"].ValueSpan[0] - '1') * 3) + 2;
            Add(candidates, m.Index, m.Length, new DateValue(DateForm.MonthYear, int.Parse(m.Groups["y"].ValueSpan), month, 15));
        }

        foreach (Match m in FeastYear().Matches(text))
        {
            var month = FeastMonth(m.Groups["f"].Value);
            Add(candidates, m.Index, m.Length, new DateValue(DateForm.MonthYear, int.Parse(m.Groups["y"].ValueSpan), month, 15));
        }

        // Without its year a feast still names a day or a few weeks of one year, as the record's readers would know it;
        // "every Ramadan" names a habit, not a date.
        foreach (Match m in FeastAlone().Matches(text))
        {
            var month = FeastMonth(m.Groups["f"].Value);
            var form = m.Groups["day"].Success ? DateForm.DayMonth : DateForm.MonthOnly;
            Add(candidates, m.Index, m.Length, new DateValue(form, null, month, 15), Priorities.Pattern - 2);
        }

        foreach (Match m in MonthWithRelativeYear().Matches(text))
        {
            var mon = m.Groups["mon"];
            var abbreviated = mon.Length <= 4 && mon.Value is not ("June" or "July");
            Add(candidates, mon.Index, mon.Length, new DateValue(DateForm.MonthOnly, null, MonthNames.Parse(mon.Value), 15) { AbbreviatedMonth = abbreviated },
                Priorities.Pattern - 2);
        }

        foreach (Match m in SeasonYear().Matches(text))
        {
            var season = m.Groups["s"].Value.ToLowerInvariant();
            if (season == "fall" && FallenBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 10), Math.Min(10, m.Index))))
            {
                continue;
            }

            var month = season switch { "spring" => 3, "summer" => 6, "winter" => 12, _ => 9 };
            Add(candidates, m.Index, m.Length, new DateValue(DateForm.Season, int.Parse(m.Groups["y"].ValueSpan), month, 1)
            {
                Fall = season == "fall", OfForm = m.Groups["of"].Success,
            });
        }

        // "Fri 21.03": after a weekday, figures with a dot are a day and month, not a clock time.
        foreach (Match m in WeekdayDotDate().Matches(text))
        {
            AddShortNumeric(context, candidates, m);
        }

        // "3/3 08:15": a day and month stamped before a clock time, as message logs write them.
        foreach (Match m in DayMonthBeforeTime().Matches(text))
        {
            AddShortNumeric(context, candidates, m);
        }

        foreach (Match m in DayOverMonth().Matches(text))
        {
            AddShortNumeric(context, candidates, m);
        }
    }

    // A score, or a dose of a combined drug ("Targin 20/10 BD").
    private static bool ScoreAround(ScanContext context, Match m)
    {
        var text = context.Text;
        var previous = context.TokenIndexFrom(m.Index) - 1;
        if (previous >= 0 && context.Protected[previous] || DoseAfter().IsMatch(text.AsSpan(m.Index + m.Length)))
        {
            return true;
        }

        var from = Math.Max(0, m.Index - 48);
        var before = text.AsSpan(from, m.Index - from);
        var stop = before.LastIndexOfAny(".\n;");
        var to = Math.Min(text.Length, m.Index + m.Length + 24);
        return ScoreWord().IsMatch(stop >= 0 ? before[(stop + 1)..] : before) || ScoreWord().IsMatch(text.AsSpan(m.Index + m.Length, to - m.Index - m.Length));
    }

    [GeneratedRegex(@"\b(?:pain\w*|nrs|vas|scores?|rat(?:ed|es|ing)|scale|intensity|severity|worst|sore|hurt\w*|ache\w*|agony)\b|/10\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScoreWord();

    [GeneratedRegex(@"\A\s?(?:mg|mcg|micrograms?|bd|bid|tds|tid|qds|qid|od|nocte|mane|daily|prn|tablets?|tabs?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DoseAfter();

    [GeneratedRegex(@"\b(?<s>spring|summer|autumn|fall|winter)(?<of>\s+of)?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SeasonYear();

    // "had a fall 2019" is an event, not a season.
    [GeneratedRegex(@"\b(?:a|another|one|her|his|the|their)\s+\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FallenBefore();

    [GeneratedRegex(@"\bQ(?<q>[1-4])\s+(?:FY\s?)?(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    // Feasts whose day moves from year to year, and feasts that last weeks: shared by the forms with and without a year.
    private const string FeastDays =
        @"Good Friday|Eid(?:\s+(?:al|ul)[- ](?:Fitr|Adha))?|Diwali|Deepavali|Vaisakhi|Baisakhi|Rosh Hashanah|Yom Kippur|Vesak|(?:Lunar|Chinese) New Year|Thanksgiving|Labou?r Day|Memorial Day|Mother['’]s Day|Father['’]s Day|King['’]s Birthday|Queen['’]s Birthday";

    private const string FeastPeriods = @"Navratri|Ramadan|Passover|Pesach|Hanukkah|Chanukah|Matariki";

    // Feasts and civic days whose date moves from year to year; with its year each names a day, so each is a date.
    [GeneratedRegex(@"\b(?<f>Easter(?:\s+(?:Sunday|Monday|weekend|holidays))?|Christmas|Xmas|Holi|Remembrance (?:Day|Sunday)|Armistice Day|Melbourne Cup|Grand Final|" + FeastDays + "|" + FeastPeriods + @")(?:\s+(?:weekend|holidays|day|eve|morning|night))?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex FeastYear();

    [GeneratedRegex(@"(?<!\b(?i:every|each|most|all|any)\s)\b(?<f>(?<day>Easter (?:Sunday|Monday)|Remembrance Sunday|" + FeastDays + @")|Easter|" + FeastPeriods + @")\b(?!(?:\s+(?:weekend|holidays?|break|day|eve|morning|night))?,?\s+(?:19|20)\d{2}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FeastAlone();

    /// <summary>"Oct this year", "the August long weekend": a month pinned to one year by the words round it.</summary>
    [GeneratedRegex(@"\b(?<mon>" + MonthNames.Pattern + @")\.?\s+(?:last|this|next)\s+year\b|\bthe\s+(?<mon>" + MonthNames.Pattern + @")\s+(?:bank\s+holiday|long\s+weekend|school\s+holidays|half[- ]term)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthWithRelativeYear();

    /// <summary>The month a movable feast usually falls in, so the shifted month and year read as plausibly.</summary>
    private static int FeastMonth(string feast) => feast switch
    {
        _ when feast.StartsWith("Christmas", StringComparison.Ordinal) || feast.StartsWith("Xmas", StringComparison.Ordinal) => 12,
        _ when feast.Contains("Adha", StringComparison.Ordinal) => 6,
        _ when feast.StartsWith("Diwali", StringComparison.Ordinal) || feast.StartsWith("Deepavali", StringComparison.Ordinal)
            || feast.StartsWith("Remembrance", StringComparison.Ordinal) || feast.StartsWith("Armistice", StringComparison.Ordinal)
            || feast.StartsWith("Melbourne", StringComparison.Ordinal) || feast.StartsWith("Thanksgiving", StringComparison.Ordinal) => 11,
        _ when feast.Contains("New Year", StringComparison.Ordinal) => 2,
        _ when feast.StartsWith("Hanukkah", StringComparison.Ordinal) || feast.StartsWith("Chanukah", StringComparison.Ordinal) => 12,
        _ when feast.StartsWith("Rosh", StringComparison.Ordinal) || feast.StartsWith("Yom", StringComparison.Ordinal)
            || feast.StartsWith("Labo", StringComparison.Ordinal) || feast.StartsWith("Grand", StringComparison.Ordinal) => 9,
        _ when feast.StartsWith("Matariki", StringComparison.Ordinal) => 7,
        _ when feast.StartsWith("Ramadan", StringComparison.Ordinal) || feast.StartsWith("Holi", StringComparison.Ordinal) => 3,
        _ when feast.StartsWith("Mother", StringComparison.Ordinal) || feast.StartsWith("Vesak", StringComparison.Ordinal) || feast.StartsWith("Memorial", StringComparison.Ordinal) => 5,
        _ when feast.StartsWith("Father", StringComparison.Ordinal) || feast.StartsWith("King", StringComparison.Ordinal) || feast.StartsWith("Queen", StringComparison.Ordinal) => 6,
        _ => 4,
    };

    [GeneratedRegex(@"\b(?<a>\d{1,2})\.(?<b>\d{1,2})(?![\w/]|\.\d)(?<=\b" + MonthNames.Weekdays + @"\.?,?\s+\d{1,2}\.\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayDotDate();

    // A numerator above its denominator is no score; "24/7" is a phrase and "15/12" a duration in months, not dates.
    [GeneratedRegex(@"(?<![\w/.:+-])(?<a>1[3-9]|2\d|3[01])/(?<b>0?[1-9]|1[01])(?![\w/]|\.\d)(?<!\b24/7)", RegexOptions.CultureInvariant)]
    private static partial Regex DayOverMonth();

    [GeneratedRegex(@"(?<![\w/.:+-])(?<a>[1-9]|[12]\d|3[01])/(?<b>0?[1-9]|1[0-2])(?=,?\s+(?:at\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthBeforeTime();
}
