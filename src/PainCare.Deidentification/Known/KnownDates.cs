using System.Globalization;
using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;

namespace PainCare.Deidentification.Known;

/// <summary>
/// A date the record knows, found in any written form: 05/11/1962, 5-11-62, 05.11.1962, 1962-11-05, 19621105,
/// 22 Aug 1977, 22nd of August, 1977, August 22nd 1977, 22-Aug-77, 22 VIII 1977, and without the year when the month is a word.
/// </summary>
internal static class KnownDates
{
    private static readonly string[] _formats =
    [
        "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d", "yyyy/M/d", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "d/M/yy",
    ];

    private static readonly string[] _roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>Reads a record's date of birth, day first as the record stores it (ISO also accepted).</summary>
    public static bool TryParse(string entry, out DateOnly date)
    {
        var trimmed = Regex.Replace(entry.Trim(), @"(?<=\d)(?:st|nd|rd|th)\b", string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return DateOnly.TryParseExact(trimmed, _formats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>Every written form of <paramref name="date"/>, as one pattern.</summary>
    public static Regex Pattern(DateOnly date)
    {
        var d = $@"0?{date.Day}(?:st|nd|rd|th)?";
        var m = $@"(?:0?{date.Month}|{MonthNames.Full[date.Month - 1]}|{MonthNames.Short[date.Month - 1]}\.?{(date.Month == 9 ? "|Sept\\.?" : string.Empty)}|{_roman[date.Month - 1]})";
        var word = $@"(?:{MonthNames.Full[date.Month - 1]}|{MonthNames.Short[date.Month - 1]}\.?{(date.Month == 9 ? "|Sept\\.?" : string.Empty)})";
        var y = $@"(?:{date.Year}|['’]?{date.Year % 100:00})";
        const string Sep = @"(?:\s*[-/.,]\s*|\s+(?:of\s+)?|(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L}))";
        var compact = $@"{date.Year}{date.Month:00}{date.Day:00}|{date.Day:00}{date.Month:00}{date.Year}";
        var forms = $@"{d}{Sep}{m}{Sep}{y}|{m}{Sep}{d},?{Sep}{y}|{date.Year}{Sep}0?{date.Month}{Sep}0?{date.Day}|{compact}|{d}{Sep}{word}|{word}{Sep}{d}";
        return new Regex($@"(?<![\w/.-])(?:{forms})(?![\w/]|[.-]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }
}
