using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Dates written with the month in figures or numerals: "9/xi/71", "Mar 3/24", "04/2021".</summary>
internal sealed partial class DateRecogniser
{
    private static void AddRomanMonths(string text, List<Candidate> candidates)
    {
        foreach (Match m in RomanMonth().Matches(text))
        {
            var (d, mo, yText) = (int.Parse(m.Groups["d"].ValueSpan), RomanMonthNumber(m.Groups["mon"].Value), m.Groups["y"].Value);
            var y = int.Parse(yText) + (yText.Length == 4 ? 0 : int.Parse(yText) > 40 ? 1900 : 2000);
            if (IsValid(y, mo, d))
            {
                Add(candidates, m.Index, m.Length, new DateValue(DateForm.DayMonth, y, mo, d)
                {
                    Separator = m.Groups["sep"].Value[0], TwoDigitYear = yText.Length == 2, PadDay = m.Groups["d"].Length == 2, AbbreviatedMonth = true,
                });
            }
        }
    }

    private static void AddMonthDaySlashYears(string text, List<Candidate> candidates)
    {
        foreach (Match m in MonthDaySlashYear().Matches(text))
        {
            var (d, mo, y) = (int.Parse(m.Groups["d"].ValueSpan), MonthNames.Parse(m.Groups["mon"].Value), 2000 + int.Parse(m.Groups["y"].ValueSpan));
            if (IsValid(y, mo, d))
            {
                Add(candidates, m.Index, m.Length, new DateValue(DateForm.MonthDay, y, mo, d) { TwoDigitYear = true, AbbreviatedMonth = IsAbbreviated(m.Groups["mon"].Value) });
            }
        }
    }

    private static void AddNumericMonthYears(string text, List<Candidate> candidates)
    {
        foreach (Match m in NumericMonthYear().Matches(text))
        {
            Add(candidates, m.Index, m.Length, new DateValue(DateForm.MonthYear, int.Parse(m.Groups["y"].ValueSpan), int.Parse(m.Groups["m"].ValueSpan), 15) { AbbreviatedMonth = true });
        }
    }
}
