using System.Globalization;
using System.Text;

namespace PainCare.Domain.Alliance;

/// <summary>
/// Ratings of one instrument as CSV (RFC 4180: CRLF line ends, fields quoted where needed). Text cells that a
/// spreadsheet would read as a formula (starting = + - @, or tab/CR per OWASP) get a leading single quote;
/// numeric cells are produced here from numbers and are left as numbers.
/// </summary>
public static class AllianceCsvExport
{
    public static string Write(InstrumentDefinition instrument, string subjectReference, IEnumerable<ExportRating> ratings)
    {
        var subscales = instrument.Subscales.Keys.Order(StringComparer.Ordinal).ToList();
        var builder = new StringBuilder();
        var header = new List<string> { "subject", "instrument", "version", "rater", "session", "date", "valid", "total" };
        header.AddRange(subscales.Select(s => $"subscale_{s}"));
        header.AddRange(Enumerable.Range(1, instrument.Items.Count).Select(n => $"item_{n}"));
        AppendRow(builder, header.Select(Text));

        foreach (var rating in ratings.OrderBy(r => r.Session))
        {
            var score = RatingScoring.Score(instrument, rating.Items).Score;
            var row = new List<string>
            {
                Text(subjectReference),
                Text(instrument.Id),
                Text(instrument.Version),
                Text(instrument.Rater == InstrumentRater.Patient ? "patient" : "clinician"),
                Number(rating.Session),
                Text(rating.AuthoredAt?.ToString("O", CultureInfo.InvariantCulture) ?? rating.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                score is null ? "false" : "true",
                score is null ? string.Empty : Number(score.Total),
            };
            row.AddRange(subscales.Select(s => score is null ? string.Empty : Number(score.Subscales[s])));
            row.AddRange(Enumerable.Range(0, instrument.Items.Count)
                .Select(i => i < rating.Items.Count && rating.Items[i] is { } v ? Number(v) : string.Empty));
            AppendRow(builder, row);
        }

        return builder.ToString();
    }

    /// <summary>A text cell: formula-injection guard, then RFC 4180 quoting.</summary>
    public static string Text(string value)
    {
        var guarded = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return guarded.AsSpan().IndexOfAny("\",\r\n") >= 0 ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : guarded;
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static void AppendRow(StringBuilder builder, IEnumerable<string> cells) =>
        builder.Append(string.Join(',', cells)).Append("\r\n");
}
