using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;

namespace PainCare.Deidentification.Recognisers;

/// <summary>The date recogniser's patterns, generated at build time.</summary>
internal sealed partial class DateRecogniser
{
    private static readonly Regex _usDateStyle = UsMarkers();

    private const string Month = MonthNames.Pattern;
    private const string Weekday = MonthNames.Weekdays;

    [GeneratedRegex(@"\b(?:A[LKZR]|C[AOT]|FL|GA|I[ADLN]|K[SY]|LA|M[ADINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+\d{5}\b|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b|\b(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex UsMarkers();

    [GeneratedRegex(@"(?<![\w/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\w/]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    /// <summary>"seen on 14/3": day and month only, trusted after a date word because "2/52" and "7/10" are clinical shorthand.</summary>
    [GeneratedRegex(@"(?<=\b(?:on|dated|since|until|till|from|by|before|after|" + Weekday + @"\.?,?)\s+)(?<a>\d{1,2})/(?<b>\d{1,2})(?![\w/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ShortNumeric();

    [GeneratedRegex(@"(?<![\w/.-])(?<y>(?:18|19|20)\d{2})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\w/]|[.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?<ord>st|nd|rd|th)?(?<of>\s+of)?\s+(?<mon>" + Month + @")\b(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)?(?:,?\s+(?<y>(?:18|19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?\s+(?<d>\d{1,2})(?<ord>st|nd|rd|th)?\b(?![:/.]\d|\s*(?:mg|kg|%|am|pm|patients|sites|weeks|days|years|months|hours|of\b))(?:(?<comma>,)?\s+(?<y>(?:18|19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?,?\s+(?<y>(?:18|19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<=\b(?:in|since|until|till|by|from|during|to|last|next|early|mid|late|this|that|of|through|throughout|before|after|over|around|and|or|In|Since|Until|By|From|During|Last|Next|Early|Late)[\s-]+)(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\bthe\s+(?<d>[1-9]|[12]\d|3[01])(?<ord>st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b" + Weekday + @"\.?,?\s+(?:the\s+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayBefore();

    [GeneratedRegex(@"\b(?<h>Christmas Eve|Christmas Day|Boxing Day|New Year['’]s Eve|New Year['’]s Day|Anzac Day|Australia Day|Waitangi Day|St\.? Patrick['’]s Day|Valentine['’]s Day|Halloween|Guy Fawkes Night|Bonfire Night|Canada Day|Independence Day)(?:,?\s+(?<y>(?:18|19|20)\d{2}))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Holiday();
}
