using System.Globalization;
using PainCare.Deidentification.Gazetteers;

namespace PainCare.Deidentification.Surrogates;

/// <summary>Realistic replacement values, drawn from the gazetteers minus names that are also words.</summary>
internal static class SurrogatePools
{
    private static readonly Lazy<string[]> _lazyFemale = new(() => Names(Gazetteer.FemaleGiven.Except(Gazetteer.MaleGiven)));
    private static readonly Lazy<string[]> _lazyMale = new(() => Names(Gazetteer.MaleGiven.Except(Gazetteer.FemaleGiven)));
    private static readonly Lazy<string[]> _lazySurnames = new(() => Names(Gazetteer.Surnames.Where(s => !s.Contains(' ', StringComparison.Ordinal))));

    public static IReadOnlyList<string> Female => _lazyFemale.Value;

    public static IReadOnlyList<string> Male => _lazyMale.Value;

    public static IReadOnlyList<string> Surnames => _lazySurnames.Value;

    public static IReadOnlyList<string> Streets { get; } =
    [
        "Elm", "Station", "Church", "Mill", "Chapel", "Meadow", "Willow", "Orchard", "Beech", "Cedar", "Maple", "Hazel", "Laurel", "Juniper",
        "Heath", "Brook", "Ferndale", "Linden", "Larch", "Aspen", "Sycamore", "Poplar", "Alder", "Briar", "Thornton", "Kingsley", "Ashby",
    ];

    public static IReadOnlyList<string> Organisations { get; } =
    [
        "Northgate Supplies", "Brookfield Services", "Summit Logistics", "Kestrel Foods", "Meridian Partners", "Harbourline Group",
        "Redwood Industries", "Bluestone Trading", "Lakeshore Holdings", "Crestview Retail",
    ];

    public static IReadOnlyList<string> AustralianRegionCodes { get; } = ["NSW", "VIC", "QLD", "TAS", "WA", "SA", "NT"];

    public static IReadOnlyList<string> UsRegionCodes { get; } = ["OR", "NE", "KS", "IA", "UT", "NM", "ID", "KY", "SC", "NV", "VT", "WI"];

    public static string Display(string key)
    {
        var chars = key.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'' or ' ')
            {
                chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
            }
        }

        return new string(chars);
    }

    private static string[] Names(IEnumerable<string> keys) =>
        keys.Where(k => !Gazetteer.NameWords.Contains(k) && k.Length > 2).Order(StringComparer.Ordinal).Select(Display).ToArray();
}
