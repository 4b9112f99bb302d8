using System.Globalization;
using PainCare.Deidentification.Dates;

namespace PainCare.Deidentification.Surrogates;

/// <summary>
/// Moves every date in one text by the same number of days and writes it back in its original form, so intervals
/// ("three weeks later") survive. Year-less dates borrow the year (and ordinal days the month) of the nearest dated mention.
/// </summary>
internal sealed class DateShifter(int shiftDays)
{
    private int? _year;
    private int _month;

    /// <summary>Months moved for month-only mentions; never zero, so "in March" never stays "March".</summary>
    public int ShiftMonths => Math.Clamp((int)Math.Round(shiftDays / 30.44), 1, 11) * Math.Sign(shiftDays == 0 ? 1 : shiftDays);

    public string Render(DateValue value)
    {
        if (value.Form == DateForm.OrdinalDay)
        {
            return RenderOrdinal(value);
        }

        if (value.Form == DateForm.RangeDay)
        {
            var rangeYear = value.Year ?? _year ?? 2001;
            var rangeDay = new DateTime(rangeYear, value.Month, value.Day, 0, 0, 0, DateTimeKind.Unspecified).AddDays(shiftDays).Day;
            return value.Ordinal ? MonthNames.Ordinal(rangeDay) : rangeDay.ToString(CultureInfo.InvariantCulture);
        }

        if (value.Form == DateForm.Season)
        {
            return RenderSeason(value);
        }

        if (value.Form == DateForm.Weekday)
        {
            // Moved by the text's shift, at least a day, so "Tuesday … Friday" keeps its gap and never stays itself.
            var from = (int)value.Weekday;
            var moved = ((from + shiftDays) % 7 + 7) % 7;
            moved = moved == from ? (moved + 1) % 7 : moved;
            var name = ((DayOfWeek)moved).ToString();
            return value.AbbreviatedWeekday ? name[..3] : name;
        }

        if (value.Form == DateForm.MonthOnly)
        {
            var month = ((value.Month - 1 + ShiftMonths) % 12 + 12) % 12;
            return MonthNames.Full[month];
        }

        var year = value.Year ?? _year ?? 2001;
        var shifted = new DateTime(year, value.Month, Math.Min(value.Day, DateTime.DaysInMonth(year, value.Month)), 0, 0, 0, DateTimeKind.Unspecified).AddDays(shiftDays);
        if (value.Year is not null)
        {
            _year = value.Year;
        }

        _month = value.Month;
        var showYear = value.Year is not null;
        var monthName = value.AbbreviatedMonth ? MonthNames.Short[shifted.Month - 1] : MonthNames.Full[shifted.Month - 1];
        var day = value.Ordinal ? MonthNames.Ordinal(shifted.Day) : shifted.Day.ToString(CultureInfo.InvariantCulture);
        var weekday = value.HasWeekday && showYear ? shifted.DayOfWeek.ToString() + " " : string.Empty;
        return value.Form switch
        {
            DateForm.Numeric => Numeric(value, shifted),
            DateForm.Iso => string.Join(value.Separator, shifted.Year.ToString("D4", CultureInfo.InvariantCulture), shifted.Month.ToString("D2", CultureInfo.InvariantCulture), shifted.Day.ToString("D2", CultureInfo.InvariantCulture)),
            DateForm.DayMonth when value.Separator == '-' && !showYear => string.Join('-', shifted.Day.ToString(value.PadDay ? "D2" : "D", CultureInfo.InvariantCulture), monthName),
            DateForm.DayMonth when value.Separator == '-' => string.Join('-', shifted.Day.ToString(value.PadDay ? "D2" : "D", CultureInfo.InvariantCulture), monthName, value.TwoDigitYear ? (shifted.Year % 100).ToString("D2", CultureInfo.InvariantCulture) : shifted.Year.ToString(CultureInfo.InvariantCulture)),
            DateForm.DayMonth => $"{weekday}{day} {(value.OfForm ? "of " : string.Empty)}{monthName}{(showYear ? " " + shifted.Year.ToString(CultureInfo.InvariantCulture) : string.Empty)}",
            DateForm.MonthDay => $"{weekday}{monthName} {day}{(showYear ? (value.HasComma ? ", " : " ") + shifted.Year.ToString(CultureInfo.InvariantCulture) : string.Empty)}",
            _ when value.TwoDigitYear => $"{monthName} '{(shifted.Year % 100).ToString("D2", CultureInfo.InvariantCulture)}",
            _ => $"{monthName} {shifted.Year.ToString(CultureInfo.InvariantCulture)}",
        };
    }

    private string RenderOrdinal(DateValue value)
    {
        var year = _year ?? 2001;
        var month = _month > 0 ? _month : 1;
        var shifted = new DateTime(year, month, Math.Min(value.Day, DateTime.DaysInMonth(year, month)), 0, 0, 0, DateTimeKind.Unspecified).AddDays(shiftDays);
        if (shifted.Day == value.Day)
        {
            shifted = shifted.AddDays(1);
        }

        var weekday = value.HasWeekday ? shifted.DayOfWeek + " the " : string.Empty;
        return weekday + MonthNames.Ordinal(shifted.Day);
    }

    private static string Numeric(DateValue value, DateTime shifted)
    {
        var day = shifted.Day.ToString(value.PadDay ? "D2" : "D", CultureInfo.InvariantCulture);
        var month = shifted.Month.ToString(value.PadMonth ? "D2" : "D", CultureInfo.InvariantCulture);
        var year = value.TwoDigitYear ? (shifted.Year % 100).ToString("D2", CultureInfo.InvariantCulture) : shifted.Year.ToString(CultureInfo.InvariantCulture);
        if (value.Year is null)
        {
            return value.MonthFirst ? string.Join(value.Separator, month, day) : string.Join(value.Separator, day, month);
        }

        return value.MonthFirst ? string.Join(value.Separator, month, day, year) : string.Join(value.Separator, day, month, year);
    }

    // A season moves by whole seasons, at least one, so "spring 2023" never stays itself.
    private string RenderSeason(DateValue value)
    {
        var steps = Math.Max(1, (int)Math.Round(Math.Abs(shiftDays) / 91.3)) * (shiftDays < 0 ? -1 : 1);
        var index = (value.Year ?? 2001) * 4 + (value.Month / 3 % 4) + steps;
        var season = (index % 4) switch { 1 => "spring", 2 => "summer", 3 => value.Fall ? "fall" : "autumn", _ => "winter" };
        return $"{season}{(value.OfForm ? " of " : " ")}{(index / 4).ToString(CultureInfo.InvariantCulture)}";
    }
}
