using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Ranges that write the month once ("12-14 Aug", "between 3 and 5 March", "March 3-5", "the 3rd and 17th"): the bare
/// day goes with the dated one, so both move by the same shift and no real day number is left behind.
/// </summary>
internal sealed partial class DateRecogniser
{
    private static void AddRanges(string text, List<Candidate> candidates)
    {
        foreach (Match m in DayRangeBeforeMonth().Matches(text))
        {
            AddRangeDay(candidates, m, m.Groups["d1"], m.Groups["o1"]);
        }

        foreach (Match m in DayRangeAfterMonth().Matches(text))
        {
            AddRangeDay(candidates, m, m.Groups["d2"], m.Groups["o2"]);
        }

        foreach (Match m in OrdinalPair().Matches(text))
        {
            var d = m.Groups["d2"];
            if (int.Parse(d.ValueSpan) is >= 1 and <= 31)
            {
                Add(candidates, d.Index, d.Length + 2, new DateValue(DateForm.OrdinalDay, null, 0, int.Parse(d.ValueSpan)) { Ordinal = true });
            }
        }
    }

    private static void AddRangeDay(List<Candidate> candidates, Match m, Group day, Group ordinal)
    {
        var (d1, d2) = (int.Parse(m.Groups["d1"].ValueSpan), int.Parse(m.Groups["d2"].ValueSpan));
        var mo = MonthNames.Parse(m.Groups["mon"].Value);
        int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : null;
        if (d1 < d2 && IsValid(y ?? 2000, mo, d1) && IsValid(y ?? 2000, mo, d2))
        {
            Add(candidates, day.Index, day.Length + ordinal.Length, new DateValue(DateForm.RangeDay, y, mo, int.Parse(day.ValueSpan)) { Ordinal = ordinal.Success });
        }
    }

    [GeneratedRegex(@"\b(?<d1>\d{1,2})(?<o1>st|nd|rd|th)?\s*(?:-|–|to|and|&)\s*(?=(?:the\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?<mon>" + Month + @")\b(?:,?\s+(?<y>(?:18|19|20)\d{2}))?)", RegexOptions.CultureInvariant)]
    private static partial Regex DayRangeBeforeMonth();

    [GeneratedRegex(@"\b(?<mon>" + Month + @")\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|&)\s*(?<d2>\d{1,2})(?<o2>st|nd|rd|th)?\b(?![:/.]\d)(?:,?\s+(?<y>(?:18|19|20)\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DayRangeAfterMonth();

    [GeneratedRegex(@"\bthe\s+\d{1,2}(?:st|nd|rd|th)\s*(?:-|–|to|and|&)\s*(?:the\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPair();
}
