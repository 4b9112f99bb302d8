using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PainCare.Deidentification.Dates;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// Dates written with a month in French, German, Dutch, the Scandinavian languages, Spanish, Italian, Portuguese or Polish,
/// as bilingual clinics and clinicians trained elsewhere write them: "le 3 mars", "3. März 2024", "12 maart", "5 de junho
/// de 2024", "14 lipca", "maart 2024"; an English month after a day with a full stop ("3. April"); and a day and month
/// with full stops after a word that dates follow ("seit 03.04.", "on 03.04.").
/// </summary>
internal sealed partial class DateRecogniser
{
    private static readonly FrozenDictionary<string, int> _continentalMonths = new (string Names, int Month)[]
    {
        ("janvier januar januari enero gennaio janeiro stycznia", 1),
        ("février fevrier februar februari febrero febbraio fevereiro lutego", 2),
        ("mars märz maerz marz maart marzo março marco marts marca", 3),
        ("avril abril aprile kwietnia", 4),
        ("mai mei mayo maggio maio maj maja", 5),
        ("juin juni junio giugno junho czerwca", 6),
        ("juillet juli julio luglio julho lipca", 7),
        ("août aout augustus agosto sierpnia", 8),
        ("septembre septiembre settembre setembro września wrzesnia", 9),
        ("octobre oktober octubre ottobre outubro października pazdziernika", 10),
        ("novembre noviembre novembro listopada", 11),
        ("décembre decembre dezember desember diciembre dicembre dezembro grudnia", 12),
    }.SelectMany(m => m.Names.Split(' ').Select(n => (Key: TextFold.Key(n), m.Month))).DistinctBy(m => m.Key).ToFrozenDictionary(m => m.Key, m => m.Month);

    private static void AddContinental(string text, List<Candidate> candidates)
    {
        foreach (Match m in ContinentalDayMonth().Matches(text))
        {
            var mon = m.Groups["mon"].Value.TrimEnd('.');
            var month = _continentalMonths.TryGetValue(TextFold.Key(mon), out var found) ? found : MonthNames.Parse(mon);
            int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan) : null;
            Add(candidates, m.Index, m.Length, new DateValue(DateForm.DayMonth, year, month, int.Parse(m.Groups["d"].ValueSpan))
            {
                HasWeekday = m.Groups["wd"].Success,
            });
        }

        foreach (Match m in ContinentalMonthYear().Matches(text))
        {
            // "12 maart 2024" was read whole above; only a month and year standing alone are read here.
            var before = text.AsSpan(0, m.Index).TrimEnd(' ');
            if (before.Length > 0 && (char.IsDigit(before[^1]) || before[^1] == '.'))
            {
                continue;
            }

            var month = _continentalMonths[TextFold.Key(m.Groups["mon"].Value)];
            Add(candidates, m.Index, m.Length, new DateValue(DateForm.MonthYear, int.Parse(m.Groups["y"].ValueSpan), month, 15));
        }

        foreach (Match m in DottedDayMonth().Matches(text))
        {
            var d = m.Groups["d"];
            var mo = m.Groups["m"];
            if (IsValid(2000, int.Parse(mo.ValueSpan), int.Parse(d.ValueSpan)))
            {
                Add(candidates, d.Index, mo.Index + mo.Length - d.Index, new DateValue(DateForm.Numeric, null, int.Parse(mo.ValueSpan), int.Parse(d.ValueSpan))
                {
                    Separator = '.', PadDay = d.Length == 2, PadMonth = mo.Length == 2,
                });
            }
        }
    }

    private const string ForeignMonth = @"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
        + @"|januar[i]?|februar[i]?|m(?:ä|ae|a)rz|maart|marts|mei|maj|juni|juli|augustus|oktober|dezember|desember"
        + @"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
        + @"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
        + @"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
        + @"|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|grudnia";

    [GeneratedRegex(@"\b(?:(?<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:le\s+)?)?(?<d>0?[1-9]|[12]\d|3[01])(?:er|\.|º|°)?[ \t]+(?:de[ \t]+)?(?<mon>(?:" + ForeignMonth + @")\b|(?<=\d\.[ \t]+)" + MonthNames.Pattern + @"\b)(?:[ \t]+(?:de[ \t]+)?(?<y>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContinentalDayMonth();

    [GeneratedRegex(@"\b(?<mon>" + ForeignMonth + @")\s+(?:de\s+)?(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContinentalMonthYear();

    [GeneratedRegex(@"\b(?:on|am|since|from|until|till|by|before|after|seit|vom|bis|op|desde|dal|le|den|control|review|appointment|visit|dated)\s+(?<d>0?[1-9]|[12]\d|3[01])\.(?<m>0?[1-9]|1[0-2])\.(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DottedDayMonth();
}
