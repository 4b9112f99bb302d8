using System.Globalization;
using CsvHelper;
using PainCare.Domain.Alliance;

namespace PainCare.Web.Features.Alliance;

/// <summary>
/// Ratings of one instrument as CSV, written by CsvHelper (RFC 4180: CRLF line ends, fields quoted where needed). Text
/// cells that a spreadsheet would read as a formula (starting = + - @, tab or CR, per OWASP) get a leading single quote;
/// numeric cells are written from numbers and are left as numbers.
/// </summary>
public static class AllianceCsvExport
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static string Write(InstrumentDefinition instrument, string subjectReference, IEnumerable<ExportRating> ratings)
    {
        var subscales = instrument.Subscales.Keys.Order(StringComparer.Ordinal).ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options))
        {
            csv.WriteHeader([
                "subject", "instrument", "version", "rater", "session", "date", "valid", "total",
                .. subscales.Select(s => $"subscale_{s}"),
                .. Enumerable.Range(1, instrument.Items.Count).Select(n => $"item_{n}"),
            ]);
            foreach (var rating in ratings.OrderBy(r => r.Session))
            {
                var score = RatingScoring.Score(instrument, rating.Items).Score;
                csv.WriteField(subjectReference);
                csv.WriteField(instrument.Id);
                csv.WriteField(instrument.Version);
                csv.WriteField(instrument.Rater == InstrumentRater.Patient ? "patient" : "clinician");
                csv.WriteField(rating.Session, default);
                csv.WriteField(rating.AuthoredAt?.ToString("O", CultureInfo.InvariantCulture) ?? rating.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(score is null ? "false" : "true");
                csv.WriteField(score?.Total, Decimals);
                foreach (var subscale in subscales)
                {
                    csv.WriteField(score?.Subscales[subscale], Decimals);
                }

                for (var i = 0; i < instrument.Items.Count; i++)
                {
                    csv.WriteField(i < rating.Items.Count ? rating.Items[i] : null, default);
                }

                csv.EndRecord();
            }
        }

        return text.ToString();
    }

    private const string Decimals = "0.####";
}
