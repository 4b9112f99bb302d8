namespace PainCare.Deidentification.Recognisers;

internal static class NumberWords
{
    private static readonly string[] _units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] _tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public const string Pattern =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

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
