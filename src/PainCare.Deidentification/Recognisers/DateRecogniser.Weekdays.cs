using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// One day of the week named alone, which dates a note as surely as the date would: "since Sun", "last Thursday",
/// "booked Thurs", "Tuesday night". Days that recur or are any such day ("on Fridays", "every Monday", "on a Tuesday
/// afternoon") name no one day and stay.
/// </summary>
internal sealed partial class DateRecogniser
{
    private static readonly string[] _weekdayStems = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private static readonly HashSet<string> _weekdayCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "last", "next", "this", "since", "before", "by", "until", "till", "from", "planned", "due", "booked", "following", "coming",
        "that", "early", "late", "over", "of",
    };

    private static readonly HashSet<string> _anyDay = new(StringComparer.OrdinalIgnoreCase) { "a", "every", "each", "any", "one", "some" };

    private static void AddWeekdays(string text, List<Candidate> candidates)
    {
        foreach (Match m in LoneWeekday().Matches(text))
        {
            var wd = m.Groups["wd"];
            var before = WordBefore(text, wd.Index);
            var partOfDay = wd.Value.EndsWith("day", StringComparison.Ordinal) && PartOfDay().IsMatch(text.AsSpan(wd.Index + wd.Length));
            if (!_weekdayCues.Contains(before) && !(partOfDay && !_anyDay.Contains(before)))
            {
                continue;
            }

            var day = (DayOfWeek)Array.IndexOf(_weekdayStems, wd.Value[..3].ToLowerInvariant());
            Add(candidates, wd.Index, wd.Length, new DateValue(DateForm.Weekday, null, 1, 1)
            {
                Weekday = day, AbbreviatedWeekday = !wd.Value.EndsWith("day", StringComparison.Ordinal),
            }, Priorities.Pattern - 3);
        }
    }

    /// <summary>The word just before <paramref name="index"/>, across one run of spaces, or empty.</summary>
    private static string WordBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end < index ? text[start..end] : string.Empty;
    }

    [GeneratedRegex(@"\b(?<wd>" + MonthNames.Weekdays + @")\b(?!s\b|\.?\s*,?\s*(?:\d|the\s+\d))", RegexOptions.CultureInvariant)]
    private static partial Regex LoneWeekday();

    [GeneratedRegex(@"^\s+(?:morning|afternoon|evening|night|lunchtime)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfDay();
}
