using System.Text.RegularExpressions;
using PainCare.Deidentification.Recognisers;

namespace PainCare.Deidentification.Scanning;

/// <summary>Lower-case streets and months beside a figure, restored in any text.</summary>
internal static partial class CaseRestorer
{
    /// <summary>"slipped 23rd jan", "seen 6 october": a month typed in lower case beside a figure, in text otherwise cased.</summary>
    private static void RestoreMonths(string text, ref char[]? chars)
    {
        foreach (var m in LowerMonth().EnumerateMatches(text))
        {
            if (_monthWords.Contains(text.Substring(m.Index, m.Length)) && NextToFigure(text, m.Index, m.Index + m.Length))
            {
                chars ??= text.ToCharArray();
                chars[m.Index] = char.ToUpperInvariant(text[m.Index]);
            }
        }
    }

    // Words that show a number counts something other than a house: "3 sets the other way", "2 km down the road".
    private static readonly HashSet<string> _notStreetWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "per", "x", "times", "sets", "reps", "weeks", "days", "mins",
        "minutes", "hours", "months", "years", "kg", "mg", "km", "min", "hr", "hrs", "sec", "steps", "flights", "metres", "meters", "m",
        "cm", "miles", "mile", "blocks", "laps", "lengths", "rounds", "floors", "stairs", "more", "other", "each", "every", "down", "up",
        "across", "along", "past", "over", "round", "around", "from", "with", "out", "off",
    };

    /// <summary>
    /// A street typed in lower case ("9 totara grove", "on pukeko st") gets its capitals back in the copy, wherever it
    /// stands, so the address patterns read it; without a house number a word of the name must be in no vocabulary.
    /// </summary>
    private static void RestoreStreets(string text, ref char[]? chars)
    {
        if (!LowerStreetType().IsMatch(text))
        {
            return;
        }

        foreach (Match m in LowerStreet().Matches(text))
        {
            var name = m.Groups["name"];
            var words = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var numbered = m.Groups["num"].Success;
            if (words.Any(w => _notStreetWords.Contains(w)) || (!numbered && !words.Any(w => UnknownWords.IsUnknownKey(TextFold.Key(w)))))
            {
                continue;
            }

            chars ??= text.ToCharArray();
            for (var k = m.Groups["dir"].Index; k < m.Groups["dir"].Index + m.Groups["dir"].Length; k++)
            {
                chars[k] = char.ToUpperInvariant(text[k]);
            }

            foreach (var group in new[] { name, m.Groups["type"], m.Groups["town"] })
            {
                for (var k = group.Index; k < group.Index + group.Length; k++)
                {
                    if (k == group.Index || text[k - 1] == ' ')
                    {
                        chars[k] = char.ToUpperInvariant(text[k]);
                    }
                }
            }
        }
    }


    [GeneratedRegex(@"(?:(?<![\w/])(?<num>\d{1,5}[a-z]?(?:/\d{1,5})?)|\b(?:on|off|along|in|at|near)(?:\s+the)?)\s+(?<name>(?:(?:[nsew]\.|\d{1,3}(?:st|nd|rd|th)|\p{Ll}[\p{Ll}'’-]+)\s+){1,3})(?<type>street|st|road|rd|avenue|ave|close|crescent|cres|court|ct|drive|dr|lane|terrace|tce|parade|pde|grove|boulevard|blvd|highway|hwy|hill)\b(?!['’-])(?<dir>\s+(?:ne|nw|se|sw)\b)?(?:,\s+(?<town>\p{Ll}[\p{Ll}'’-]+(?:\s+\p{Ll}[\p{Ll}'’-]+)?)(?=\s*(?:,|\d|\n|$|\.)))?", RegexOptions.CultureInvariant)]
    private static partial Regex LowerStreet();

    [GeneratedRegex(@"[a-z] (?:street|st|road|rd|avenue|ave|close|crescent|cres|court|ct|drive|dr|lane|terrace|tce|parade|pde|grove|boulevard|blvd|highway|hwy|hill)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerStreetType();

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerMonth();
}
