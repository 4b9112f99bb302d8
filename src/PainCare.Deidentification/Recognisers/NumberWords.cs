namespace PainCare.Deidentification.Recognisers;

internal static class NumberWords
{
    private static readonly string[] _units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] _tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public const string Pattern =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    /// <summary>Ordinals from tenth to ninety-ninth, as ages are told in words ("her fifty-seventh year", "my twenty-fifth").</summary>
    public const string OrdinalPattern =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)";

    private static readonly string[] _ordinalUnits = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

    /// <summary>The number an ordinal word of <see cref="OrdinalPattern"/> stands for, or 0.</summary>
    public static int ParseOrdinal(string text)
    {
        var parts = text.ToLowerInvariant().Split('-');
        if (parts.Length == 2)
        {
            return Array.IndexOf(_tens, parts[0]) * 10 + Array.IndexOf(_ordinalUnits, parts[1]);
        }

        var word = parts[0];
        var ten = Array.IndexOf(_tens, word.EndsWith("ieth", StringComparison.Ordinal) ? word[..^4] + "y" : string.Empty);
        if (ten >= 2)
        {
            return ten * 10;
        }

        return word switch
        {
            "tenth" => 10, "eleventh" => 11, "twelfth" => 12,
            _ when word.EndsWith("th", StringComparison.Ordinal) => Math.Max(0, Array.IndexOf(_units, word[..^2])),
            _ => 0,
        };
    }

    public static int Parse(string text)
    {
        if (int.TryParse(text, out var n))
        {
            return n;
        }

        var parts = text.ToLowerInvariant().Split(['-', ' ']);
        var total = 0;
        foreach (var part in parts)
        {
            var unit = Array.IndexOf(_units, part);
            var ten = Array.IndexOf(_tens, part);
            total += unit >= 0 ? unit : ten >= 2 ? ten * 10 : 0;
        }

        return total;
    }

    public static string Decade(int years) => years switch
    {
        < 30 => "twenties",
        < 40 => "thirties",
        < 50 => "forties",
        < 60 => "fifties",
        < 70 => "sixties",
        < 80 => "seventies",
        _ => "eighties",
    };

    public static string DecadeAdjective(int years) => years switch
    {
        < 30 => "twenty",
        < 40 => "thirty",
        < 50 => "forty",
        < 60 => "fifty",
        < 70 => "sixty",
        < 80 => "seventy",
        _ => "eighty",
    };
}
