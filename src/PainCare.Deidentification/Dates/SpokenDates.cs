using System.Text.RegularExpressions;

namespace PainCare.Deidentification.Dates;

/// <summary>
/// Dates said rather than written, as dictation software types them: "the fourth of March nineteen sixty-two",
/// "March the fourth", "twenty-first of June two thousand and three". Month names are matched in any case.
/// </summary>
internal static partial class SpokenDates
{
    private static readonly string[] _ordinals =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
        "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private const string Ordinal =
        @"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

    private const string Month = @"(?:january|february|march|april|may|june|july|august|september|october|november|december)";

    private const string Units = @"(?:one|two|three|four|five|six|seven|eight|nine)";

    private const string Below100 =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]" + Units + @")?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ]" + Units + ")";

    private const string Year = @"(?:(?:nineteen|twenty)[- ]" + Below100 + @"|two thousand(?:\s+and)?(?:[- ]" + Below100 + @"|\s+" + Units + @")?|(?:18|19|20)\d{2})";

    /// <summary>
    /// Every spoken date in the text. The pattern is tried only near a full month name, found first by a plain
    /// case-insensitive search: a month name is rare, and the pattern is costly to try at every word.
    /// </summary>
    public static IEnumerable<Match> Find(string text)
    {
        var seen = new HashSet<int>();
        foreach (var month in MonthNames.Full)
        {
            for (var at = text.IndexOf(month, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(month, at + month.Length, StringComparison.OrdinalIgnoreCase))
            {
                var from = Math.Max(0, at - 40);
                var to = Math.Min(text.Length, at + month.Length + 70);
                // Searched in place over the window: no substring is made for each month name found.
                for (var m = Pattern().Match(text, from, to - from); m.Success; m = m.NextMatch())
                {
                    if (m.Index <= at + month.Length && m.Index + m.Length >= at && seen.Add(m.Index))
                    {
                        yield return m;
                    }
                }
            }
        }
    }

    /// <summary>Day, month and year read from a match of <see cref="Pattern"/>; year null when not said.</summary>
    public static (int Month, int Day, int? Year)? Read(Match m)
    {
        var month = MonthNames.Parse(m.Groups["mon"].Value);
        var day = Day(m.Groups["d"].Value.ToLowerInvariant());
        if (month == 0 || day == 0)
        {
            return null;
        }

        return (month, day, m.Groups["y"].Success ? YearOf(m.Groups["y"].Value.ToLowerInvariant()) : null);
    }

    private static int Day(string text)
    {
        var parts = text.Split(['-', ' ']);
        var last = Array.IndexOf(_ordinals, parts[^1]) + 1;
        return text switch
        {
            "thirtieth" => 30,
            _ when parts.Length == 2 => (parts[0] == "thirty" ? 30 : 20) + last,
            _ => last,
        };
    }

    private static int YearOf(string text)
    {
        if (int.TryParse(text, out var digits))
        {
            // A year said in two figures ("seventy four", "oh eight") is this century's up to thirty.
            return digits >= 100 ? digits : digits + (digits > 30 ? 1900 : 2000);
        }

        if (text.StartsWith("oh ", StringComparison.Ordinal))
        {
            return 2000 + Recognisers.NumberWords.Parse(text[3..]);
        }

        var words = text.Replace(" and ", " ", StringComparison.Ordinal).Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (words is ["two", "thousand", .. var rest])
        {
            return 2000 + Recognisers.NumberWords.Parse(string.Join(' ', rest));
        }

        var century = words[0] == "nineteen" ? 1900 : 2000;
        return century + Recognisers.NumberWords.Parse(string.Join(' ', words[1..].Where(w => w != "oh")));
    }

    /// <summary>The day said in a weekday's date ("thursday the ninth"), or 0.</summary>
    public static int WeekdayDay(Match m) => Day(m.Groups["d"].Value.ToLowerInvariant());

    [GeneratedRegex(@"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+the\s+(?<d>" + Ordinal + @")\b(?![- ]of\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex WeekdayOrdinal();

    /// <summary>"until the eleventh", "by the twenty-third": a day of the month said as an ordinal after a word of time.</summary>
    [GeneratedRegex(@"\b(?:on|by|until|till|since|from|before|after)\s+the\s+(?<d>" + Ordinal + @")\b(?![- ](?:of|time|visit|session|day|week|month|year|attempt|round)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex TimeWordOrdinal();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?<d>" + Ordinal + @")\s+(?:of\s+(?<mon>" + Month + @")|(?!may\b)(?<mon>" + Month + @"))|(?<mon>" + Month + @")\s+(?:the\s+)?(?<d>" + Ordinal + @"))(?:,?\s+(?<y>" + Year + @"|\d{2}(?![\d:.])))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Pattern();

    /// <summary>"the fifth of the tenth 1947", "twelfth of the second oh four": the month said as an ordinal too.</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<d>" + Ordinal + @")\s+of\s+the\s+(?<mon>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b(?:,?\s+(?<y>" + Year + @"|\d{2}(?![\d:.])|oh\s" + Units + @"))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex OrdinalMonth();

    /// <summary>Day, month and year of an <see cref="OrdinalMonth"/> match.</summary>
    public static (int Month, int Day, int? Year) ReadOrdinalMonth(Match m) =>
        (Array.IndexOf(_ordinals, m.Groups["mon"].Value.ToLowerInvariant()) + 1, Day(m.Groups["d"].Value.ToLowerInvariant()),
            m.Groups["y"].Success ? YearOf(m.Groups["y"].Value.ToLowerInvariant()) : null);
}
