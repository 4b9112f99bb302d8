using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Dates written in French, as Québec and other bilingual clinics write them: "le 3 mars", "jeudi le 12 février", "5 octobre 2022".</summary>
internal sealed partial class DateRecogniser
{
    private static readonly string[] _frenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static void AddFrench(string text, List<Candidate> candidates)
    {
        foreach (Match m in FrenchDate().Matches(text))
        {
            var month = Array.FindIndex(_frenchMonths, f => TextFold.Key(f) == TextFold.Key(m.Groups["mon"].Value)) + 1;
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : null;
            Add(candidates, m.Index, m.Length, new DateValue(DateForm.DayMonth, year, month, int.Parse(m.Groups["d"].ValueSpan))
            {
                HasWeekday = m.Groups["wd"].Success,
            });
        }
    }

    [GeneratedRegex(@"\b(?:(?<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:le\s+)?)?(?<d>[1-9]|[12]\d|3[01])(?:er)?\s+(?<mon>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?:\s+(?<y>(?:19|20)\d{2}))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrenchDate();
}
