using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;

namespace PainCare.Deidentification.Recognisers;

/// <summary>The date recogniser's patterns, generated at build time.</summary>
internal sealed partial class DateRecogniser
{
    private static readonly Regex _usDateStyle = UsMarkers();

    private const string Month = MonthNames.Pattern;
    private const string Weekday = MonthNames.Weekdays;

    // Typed in lower case, "sat", "sun" and "wed" are words first.
    private const string LowerWeekday = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|thu|thur|thurs|fri)";

    [GeneratedRegex(@"\b(?:A[LKZR]|C[AOT]|FL|GA|I[ADLN]|K[SY]|LA|M[ADINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}\b|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b|\b(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex UsMarkers();

    [GeneratedRegex(@"(?<![\w/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\w/]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    /// <summary>"seen on 14/3": day and month only, trusted after a date word because "2/52" and "7/10" are clinical shorthand.</summary>
    [GeneratedRegex(@"(?<=\b(?:(?i:on|due|dated|since|until|till|from|by|before|after|seen|reviewed|r/v|f/u|review|next|visit|appt|appointment|beginning|starting|commencing|assessed|admitted|discharged|done|performed|operated|injured|fell|DOS|DOI|DOB|w/c|w/e|wk of|week of|week ending)|" + Weekday + @"\.?,?)\s+)(?<a>\d{1,2})/(?<b>\d{1,2})(?![\w/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ShortNumeric();

    [GeneratedRegex(@"\b(?i:dated|seen|reviewed|assessed|admitted|discharged|done|performed|operated|injured|DOS|DOI|DOB|w/c|w/e|wk of|week of|week ending):?\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex StrongDateCue();

    /// <summary>"04/03", "11/03": a zero-padded day or month is how dates are written, never scores or fractions.</summary>
    [GeneratedRegex(@"(?<![\w/.:-])(?<a>\d{1,2})/(?<b>\d{1,2})(?![\w/]|\.\d)(?<=\b0\d/\d{1,2}|/0\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PaddedShortNumeric();

    /// <summary>"DOB 11 9 43": a dictated date of birth, numbers separated by spaces; trusted only after a birth label.</summary>
    [GeneratedRegex(@"(?<=\b(?:DOB|D\.O\.B\.?|[Dd]ate of birth|[Bb]orn)[:\s]\s*)(?<a>\d{1,2})(?<sep> )(?<b>\d{1,2}) (?<y>\d{4}|\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedBirthDate();

    /// <summary>"7-Jan-2008", "07-Jan-08": day, abbreviated month and year joined by hyphens.</summary>
    [GeneratedRegex(@"\b(?<d>\d{1,2})-(?<mon>" + Month + @")(?:-(?<y>(?:18|19|20)\d{2}|\d{2}))?\b(?!-)", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenDayMonth();

    /// <summary>"9/xi/71", "23.III.2019": a month in Roman numerals between the day and the year.</summary>
    [GeneratedRegex(@"(?<![\w/.-])(?<d>\d{1,2})(?<sep>[/.-])(?<mon>(?i:xi{0,2}|ix|iv|vi{0,3}|i{1,3}))\k<sep>(?<y>(?:18|19|20)\d{2}|\d{2})(?![\w/]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex RomanMonth();

    private static int RomanMonthNumber(string numeral) => Array.IndexOf(_romanMonths, numeral.ToLowerInvariant()) + 1;

    private static readonly string[] _romanMonths = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

    [GeneratedRegex(@"(?<![\w/.-])(?<y>(?:18|19|20)\d{2})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!(?!T\d)[\w/]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?<ord>st|nd|rd|th)?(?<of>\s+of)?\s+(?<mon>" + Month + @")\b(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s+[a-z\d]))?(?:,?\s+(?<y>(?:18|19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?\s+(?<d>\d{1,2})(?<ord>st|nd|rd|th)?\b(?![:/.]\d|\s*(?:mg|kg|%|am|pm|patients|sites|weeks|days|years|months|hours|of\b))(?:(?<comma>,)?\s+(?<y>(?:18|19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?,?\s+(?<y>(?:18|19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    /// <summary>"Mar 3/24": a month, a day and a two-digit year after a slash, as Canadian notes write them.</summary>
    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?\s+(?<d>\d{1,2})/(?<y>\d{2})(?![\w/]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDaySlashYear();

    /// <summary>"04/2021": a month and a year in figures (a hyphen would read as a range).</summary>
    [GeneratedRegex(@"(?<![\w/.:-])(?<m>0?[1-9]|1[0-2])/(?<y>(?:19|20)\d{2})(?![\w/]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonthYear();

    /// <summary>"March '24": a month and an apostrophed two-digit year.</summary>
    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?\s+['’](?<y>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearShort();

    [GeneratedRegex(@"(?<=\b(?:in|since|until|till|by|from|during|to|last|next|early|mid|late|this|that|of|through|throughout|before|after|over|around|and|or|In|Since|Until|By|From|During|Last|Next|Early|Late)[\s-]+(?:the\s+)?)(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\.?(?:[,;:)]|\s*$|\s+(?:and|or|to|last|this|next|when|after|before|she|he|they)\b)|\.\s))\b(?!\s+\d)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?:the|(?:" + Weekday + "|" + LowerWeekday + @")\.?)\s+(?<d>[1-9]|[12]\d|3[01])(?<ord>st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b(?:" + Weekday + "|" + LowerWeekday + @")\.?,?\s+(?:the\s+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayBefore();

    [GeneratedRegex(@"\A\s+\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfter();

    // "the 11th inst.", "8th of this month": an ordinal day of a month named by where it stands.
    [GeneratedRegex(@"\b(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s+(?:(?:inst|ult|prox)\b|of\s+(?:last|this|next|that|the)\s+month\b))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeMonthDay();

    // "the 9th of this month": an ordinal day of a month named by where it stands.
    [GeneratedRegex(@"\Aof\s+(?:last|this|next|that|the)\s+month\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfAMonth();

    [GeneratedRegex(@"(?<!\b(?i:every|each|most|all|any)\s)\b(?<h>Christmas Eve|Christmas Day|Boxing Day|New Year['’]s Eve|New Year['’]s Day|(?i:Anzac) Day|Australia Day|Waitangi Day|St\.? Patrick['’]s Day|(?:St\.?\s+)?Paddy['’]s Day|Valentine['’]s Day|Halloween|Hallowe['’]en|Guy Fawkes Night|Bonfire Night|Canada Day|Independence Day|(?:the\s+)?(?:Fourth|4th) of July|St\.? David['’]s Day|St\.? Andrew['’]s Day|St\.? George['’]s Day|Burns Night|Hogmanay|Remembrance Day|Armistice Day|Christmas|Xmas)(?:,?\s+(?<y>(?:18|19|20)\d{2}))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Holiday();

    private static (int Month, int Day) HolidayDate(string name) => name.ToUpperInvariant() switch
    {
        "CHRISTMAS EVE" => (12, 24),
        "CHRISTMAS DAY" => (12, 25),
        "BOXING DAY" => (12, 26),
        var n when n.StartsWith("NEW YEAR'S EVE", StringComparison.Ordinal) => (12, 31),
        var n when n.StartsWith("NEW YEAR", StringComparison.Ordinal) => (1, 1),
        "ANZAC DAY" => (4, 25),
        "AUSTRALIA DAY" => (1, 26),
        "WAITANGI DAY" => (2, 6),
        var n when n.Contains("PATRICK", StringComparison.Ordinal) || n.Contains("PADDY", StringComparison.Ordinal) => (3, 17),
        var n when n.StartsWith("VALENTINE", StringComparison.Ordinal) => (2, 14),
        "HALLOWEEN" or "HALLOWE'EN" or "HALLOWE’EN" => (10, 31),
        var n when n.Contains("JULY", StringComparison.Ordinal) => (7, 4),
        var n when n.Contains("DAVID", StringComparison.Ordinal) => (3, 1),
        var n when n.Contains("ANDREW", StringComparison.Ordinal) => (11, 30),
        var n when n.Contains("GEORGE", StringComparison.Ordinal) => (4, 23),
        "BURNS NIGHT" => (1, 25),
        "HOGMANAY" => (12, 31),
        "REMEMBRANCE DAY" or "ARMISTICE DAY" => (11, 11),
        "CHRISTMAS" or "XMAS" => (12, 25),
        "CANADA DAY" => (7, 1),
        "INDEPENDENCE DAY" => (7, 4),
        _ => (11, 5),
    };
}
