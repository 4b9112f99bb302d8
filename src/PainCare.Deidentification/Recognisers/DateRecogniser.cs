using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Dates more specific than a year, in numeric, ISO, written, month-only, ordinal-day and holiday forms.</summary>
internal sealed partial class DateRecogniser : IRecogniser
{
    private static readonly HashSet<string> _ordinalFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "at", "when", "but", "so", "as", "she", "he", "they", "we", "i", "after", "before", "for", "to", "because", "until", "while", "which", "in",
        "following", "with", "where", "who", "via", "by", "then", "her", "his", "their", "this", "that", "if", "or", "was", "were", "is", "has", "had",
        "having", "since", "about", "over", "without", "did", "reported", "said", "says", "complaining", "presenting", "re",
    };

    public void Recognise(ScanContext context, List<Candidate> candidates)
    {
        var text = context.Text;
        context.MonthFirst = _usDateStyle.IsMatch(text);
        foreach (Match m in Numeric().Matches(text))
        {
            AddNumeric(context, candidates, m);
        }

        foreach (Match m in ShortNumeric().Matches(text))
        {
            AddShortNumeric(context, candidates, m);
        }

        foreach (Match m in PaddedShortNumeric().Matches(text))
        {
            AddShortNumeric(context, candidates, m);
        }

        foreach (Match m in SpacedBirthDate().Matches(text))
        {
            AddNumeric(context, candidates, m);
        }

        foreach (var m in SpokenDates.Find(text))
        {
            if (SpokenDates.Read(m) is var (mo, d, y) && IsValid(y ?? 2000, mo, d))
            {
                Add(candidates, m.Index, m.Length, new DateValue(DateForm.DayMonth, y, mo, d) { Ordinal = true, OfForm = true });
            }
        }

        foreach (Match m in SpokenDates.OrdinalMonth().Matches(text))
        {
            if (SpokenDates.ReadOrdinalMonth(m) is var (mo, d, y) && IsValid(y ?? 2000, mo, d))
            {
                Add(candidates, m.Index, m.Length, new DateValue(DateForm.DayMonth, y, mo, d) { Ordinal = true, OfForm = true });
            }
        }

        foreach (Match m in HyphenDayMonth().Matches(text))
        {
            var (d, mo, yText) = (int.Parse(m.Groups["d"].ValueSpan), MonthNames.Parse(m.Groups["mon"].Value), m.Groups["y"].Value);
            int? y = yText.Length == 0 ? null : int.Parse(yText) + (yText.Length == 4 ? 0 : int.Parse(yText) > 40 ? 1900 : 2000);
            if (IsValid(y ?? 2000, mo, d))
            {
                Add(candidates, m.Index, m.Length, new DateValue(DateForm.DayMonth, y, mo, d)
                {
                    Separator = '-', TwoDigitYear = yText.Length == 2, PadDay = m.Groups["d"].Length == 2,
                    AbbreviatedMonth = IsAbbreviated(m.Groups["mon"].Value),
                });
            }
        }

        AddRomanMonths(text, candidates);

        foreach (Match m in Iso().Matches(text))
        {
            var (y, mo, d) = (int.Parse(m.Groups["y"].ValueSpan), int.Parse(m.Groups["m"].ValueSpan), int.Parse(m.Groups["d"].ValueSpan));
            if (IsValid(y, mo, d))
            {
                Add(candidates, m.Index, m.Length, new DateValue(DateForm.Iso, y, mo, d) { Separator = m.Groups["sep"].Value[0], PadDay = true, PadMonth = true });
            }
        }

        foreach (Match m in DayMonth().Matches(text))
        {
            var d = int.Parse(m.Groups["d"].ValueSpan);
            var mo = MonthNames.Parse(m.Groups["mon"].Value);
            int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : null;
            if (IsValid(y ?? 2000, mo, d))
            {
                var start = WeekdayStart(text, m.Index);
                Add(candidates, start, m.Index + m.Length - start, new DateValue(DateForm.DayMonth, y, mo, d)
                {
                    Ordinal = m.Groups["ord"].Success, OfForm = m.Groups["of"].Success, HasWeekday = start < m.Index,
                    AbbreviatedMonth = IsAbbreviated(m.Groups["mon"].Value),
                });
            }
        }

        foreach (Match m in MonthDay().Matches(text))
        {
            var d = int.Parse(m.Groups["d"].ValueSpan);
            var mo = MonthNames.Parse(m.Groups["mon"].Value);
            int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : null;
            if (IsValid(y ?? 2000, mo, d))
            {
                var start = WeekdayStart(text, m.Index);
                Add(candidates, start, m.Index + m.Length - start, new DateValue(DateForm.MonthDay, y, mo, d)
                {
                    Ordinal = m.Groups["ord"].Success, HasComma = m.Groups["comma"].Success, HasWeekday = start < m.Index,
                    AbbreviatedMonth = IsAbbreviated(m.Groups["mon"].Value),
                });
            }
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            var mon = m.Groups["mon"];
            Add(candidates, mon.Index, m.Index + m.Length - mon.Index, new DateValue(DateForm.MonthYear, int.Parse(m.Groups["y"].ValueSpan), MonthNames.Parse(mon.Value), 15)
            {
                AbbreviatedMonth = IsAbbreviated(mon.Value),
            });
        }

        AddMonthDaySlashYears(text, candidates);

        AddNumericMonthYears(text, candidates);

        foreach (Match m in MonthOnly().Matches(text))
        {
            var mon = m.Groups["mon"];
            Add(candidates, mon.Index, mon.Length, new DateValue(DateForm.MonthOnly, null, MonthNames.Parse(mon.Value), 15) { AbbreviatedMonth = mon.Length <= 4 },
                Priorities.Pattern - 2);
        }

        AddRanges(text, candidates);
        AddPeriods(context, candidates);
        AddContinental(text, candidates);
        AddWeekdays(text, candidates);
        foreach (Match m in MonthYearShort().Matches(text))
        {
            var mon = m.Groups["mon"];
            var yy = int.Parse(m.Groups["y"].ValueSpan);
            Add(candidates, mon.Index, m.Index + m.Length - mon.Index, new DateValue(DateForm.MonthYear, yy + (yy > 40 ? 1900 : 2000), MonthNames.Parse(mon.Value), 15)
            {
                AbbreviatedMonth = IsAbbreviated(mon.Value), TwoDigitYear = true,
            });
        }

        foreach (Match m in OrdinalDay().Matches(text))
        {
            AddOrdinal(candidates, text, m);
        }

        foreach (Match m in RelativeMonthDay().Matches(text))
        {
            Add(candidates, m.Index, m.Length, new DateValue(DateForm.OrdinalDay, null, 0, int.Parse(m.Groups["d"].ValueSpan)) { Ordinal = true });
        }

        foreach (Match m in SpokenDates.TimeWordOrdinal().Matches(text))
        {
            var day = SpokenDates.WeekdayDay(m);
            if (day > 3 || !NounAfter().IsMatch(text.AsSpan(m.Index + m.Length)))
            {
                var d = m.Groups["d"];
                Add(candidates, d.Index, d.Length, new DateValue(DateForm.OrdinalDay, null, 0, day) { Ordinal = true });
            }
        }

        foreach (Match m in SpokenDates.WeekdayOrdinal().Matches(text))
        {
            // "Monday the first session": the first three are adjectives before a noun far more often than days.
            var day = SpokenDates.WeekdayDay(m);
            if (day <= 3 && NounAfter().IsMatch(text.AsSpan(m.Index + m.Length)))
            {
                continue;
            }

            Add(candidates, m.Index, m.Length, new DateValue(DateForm.OrdinalDay, null, 0, day) { HasWeekday = true, Ordinal = true });
        }

        foreach (Match m in Holiday().Matches(text))
        {
            var (mo, d) = HolidayDate(m.Groups["h"].Value);
            int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : null;
            Add(candidates, m.Index, m.Length, new DateValue(DateForm.DayMonth, y, mo, d));
        }
    }

    private static void AddShortNumeric(ScanContext context, List<Candidate> candidates, Match m)
    {
        var text = context.Text;
        var (a, b) = (int.Parse(m.Groups["a"].ValueSpan), int.Parse(m.Groups["b"].ValueSpan));
        // The weekday goes with the date it names ("Thurs 21/8"): kept beside a shifted date it would contradict it.
        var start = WeekdayStart(text, m.Index);
        // "from 7/10 to 4/10" and "on 5/10" are pain scores; only a weekday, a word that only dates follow ("w/c 14/10",
        // "DOS 3/10") or a padded day ("04/10": no score is written so) makes an out-of-ten shape a date.
        // Above ten it is no score unless pain is in the sentence ("pain 15/10 by evening" is said for effect).
        if (b == 10 && start == m.Index && m.Groups["a"].ValueSpan[0] != '0' && !StrongDateCue().IsMatch(text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index)))
            && (a <= 12 || ScoreAround(context, m)))
        {
            return;
        }

        var monthFirst = a <= 12 && (b > 12 || context.MonthFirst);
        var (mo, d) = monthFirst ? (a, b) : (b, a);
        if (IsValid(2000, mo, d))
        {
            Add(candidates, start, m.Index + m.Length - start, new DateValue(DateForm.Numeric, null, mo, d)
            {
                HasWeekday = start < m.Index,
                Separator = '/', MonthFirst = monthFirst, PadDay = (monthFirst ? m.Groups["b"] : m.Groups["a"]).Length == 2,
                PadMonth = (monthFirst ? m.Groups["a"] : m.Groups["b"]).Length == 2,
            });
        }
    }

    private static void AddNumeric(ScanContext context, List<Candidate> candidates, Match m)
    {
        var a = int.Parse(m.Groups["a"].ValueSpan);
        var b = int.Parse(m.Groups["b"].ValueSpan);
        var yText = m.Groups["y"].Value;
        var y = int.Parse(yText);
        if (yText.Length == 2)
        {
            y += y > 40 ? 1900 : 2000;
        }

        var monthFirst = a <= 12 && (b > 12 || (context.MonthFirst && b <= 31));
        var (mo, d) = monthFirst ? (a, b) : (b, a);
        if (!IsValid(y, mo, d))
        {
            return;
        }

        var dayText = monthFirst ? m.Groups["b"].Value : m.Groups["a"].Value;
        var monthText = monthFirst ? m.Groups["a"].Value : m.Groups["b"].Value;
        Add(candidates, m.Index, m.Length, new DateValue(DateForm.Numeric, y, mo, d)
        {
            Separator = m.Groups["sep"].Value[0], TwoDigitYear = yText.Length == 2, MonthFirst = monthFirst,
            PadDay = dayText.Length == 2, PadMonth = monthText.Length == 2,
        });
    }

    /// <summary>Start of a weekday written just before a date ("Tuesday 3 March", "Tuesday the 3rd"), or the date's own start.</summary>
    private static int WeekdayStart(string text, int index)
    {
        var from = Math.Max(0, index - 16);
        return WeekdayBefore().Match(text, from, index - from) is { Success: true } m ? m.Index : index;
    }

    private static void AddOrdinal(List<Candidate> candidates, string text, Match m)
    {
        // "Tues 3rd": the weekday is inside the match itself; "the 3rd" may have one before it.
        var inMatch = !m.Value.StartsWith("the", StringComparison.Ordinal);
        var weekdayStart = inMatch ? m.Index : WeekdayStart(text, m.Index);
        var hasWeekday = inMatch || weekdayStart < m.Index;
        var end = m.Index + m.Length;
        if (!hasWeekday)
        {
            var rest = text.AsSpan(end).TrimStart(' ');
            var follower = rest.Length == 0 || !char.IsLetterOrDigit(rest[0]);
            if (!follower)
            {
                var word = rest[..Math.Max(0, rest.IndexOfAny(' ', ',', '.') is var k && k < 0 ? rest.Length : k)].ToString();
                follower = _ordinalFollowers.Contains(word) || OfAMonth().IsMatch(rest);
            }

            if (!follower)
            {
                return;
            }
        }

        var start = hasWeekday ? weekdayStart : m.Groups["d"].Index;
        Add(candidates, start, end - start, new DateValue(DateForm.OrdinalDay, null, 0, int.Parse(m.Groups["d"].ValueSpan)) { HasWeekday = hasWeekday, Ordinal = true });
    }

    private static void Add(List<Candidate> candidates, int start, int length, DateValue value, int priority = Priorities.Pattern + 1) =>
        candidates.Add(new Candidate(start, start + length, CandidateKind.Date, Categories.Date, priority, value));

    private static bool IsAbbreviated(string month) => Array.IndexOf(MonthNames.Full, month) < 0;

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1880 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
