using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// One day of the week named alone, which dates a note as surely as the date would: "since Sat", "last Thursday",
/// "planned Weds", "Tuesday night". Days that recur or are any such day ("on Fridays", "every Monday", "on a Tuesday
/// afternoon") name no one day and stay.
/// </summary>
internal sealed partial class DateRecogniser
{
    private static readonly string[] _weekdayStems = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private static void AddWeekdays(string text, List<Candidate> candidates)
    {
        foreach (Match m in LoneWeekday().Matches(text))
        {
            var wd = m.Groups["wd"];
            var day = Array.IndexOf(_weekdayStems, wd.Value[..3].ToLowerInvariant());
            Add(candidates, wd.Index, wd.Length, new DateValue(DateForm.Weekday, null, 1, day) { AbbreviatedMonth = !wd.Value.EndsWith("day", StringComparison.Ordinal) },
                Priorities.Pattern - 3);
        }
    }

    [GeneratedRegex(@"(?:(?<=\b(?i:on|last|next|this|since|before|by|until|till|from|planned|due|booked|following|coming|that|early|late|over|of)\s+)(?<wd>" + MonthNames.Weekdays + @")\b(?!s\b|\.?\s*,?\s*(?:\d|the\s+\d))|(?<!\b(?i:a|every|each|any|one|some)\s)\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+(?:morning|afternoon|evening|night|lunchtime)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex LoneWeekday();
}
