using PainCare.Deidentification.Recognisers;

namespace PainCare.Deidentification.Surrogates;

/// <summary>Exact ages become bands: "61-year-old" to "sixty-something", "aged 61" to "in her sixties", over 89 to "90 or over".</summary>
internal static class AgeBands
{
    public static string Render(AgeValue age) => age.Adjective ? Adjective(age.Years) : age.Bare ? Bare(age.Years) : Stated(age);

    /// <summary>
    /// The band for an age as written: a round age in words ("eighty") would survive inside its own band
    /// ("eighty-something"), so that band is written in figures ("80-something").
    /// </summary>
    public static string Render(AgeValue age, string original)
    {
        var band = Render(age);
        var decade = NumberWords.DecadeAdjective(age.Years);
        return age.Years is >= 20 and < 90 && band.StartsWith(decade + "-", StringComparison.Ordinal)
            && original.Contains(decade, StringComparison.OrdinalIgnoreCase) && !original.Contains(decade + "-", StringComparison.OrdinalIgnoreCase)
            ? string.Concat((age.Years / 10 * 10).ToString(System.Globalization.CultureInfo.InvariantCulture), band.AsSpan(decade.Length))
            : band;
    }

    private static string Bare(int years) => years switch
    {
        < 13 => "under 13",
        < 20 => "a teenager",
        < 90 => NumberWords.DecadeAdjective(years) + "-something",
        _ => "90 or over",
    };

    private static string Adjective(int years) => years switch
    {
        < 13 => "young",
        < 20 => "teenage",
        < 90 => NumberWords.DecadeAdjective(years) + "-something",
        _ => "90-plus-year-old",
    };

    private static string Stated(AgeValue age) => age.Years switch
    {
        >= 20 and < 90 when age.Reached is { } verb => $"{verb} {age.Possessive} {NumberWords.Decade(age.Years)}",
        < 13 => "under 13",
        < 20 => $"in {age.Possessive} teens",
        < 90 => $"in {age.Possessive} {NumberWords.Decade(age.Years)}",
        _ => "90 or over",
    };
}
