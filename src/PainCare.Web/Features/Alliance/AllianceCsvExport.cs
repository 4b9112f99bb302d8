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
                "subject", "instrument", "version", "rater", "session", "session_date", "session_time_utc", "rated_at", "valid", "total",
                .. subscales.Select(s => $"subscale_{s}"),
                .. Enumerable.Range(1, instrument.Items.Count).Select(n => $"item_{n}"),
                "notice",
            ]);
            foreach (var rating in ratings.OrderBy(r => r.Session).ThenBy(r => r.SessionStartsAt))
            {
                var score = RatingScoring.Score(instrument, rating.Items).Score;
                csv.WriteField(subjectReference);
                csv.WriteField(instrument.Id);
                csv.WriteField(instrument.Version);
                csv.WriteField(instrument.Rater == InstrumentRater.Patient ? "patient" : "clinician");
                csv.WriteField(rating.Session, default);
                // The session's own date and time, then when the form was filled in: a home rating may come days later.
                csv.WriteField(rating.SessionStartsAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? rating.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(rating.SessionStartsAt?.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture));
                csv.WriteField(rating.AuthoredAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
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

                csv.WriteField(instrument.Notice);

                csv.EndRecord();
            }
        }

        return text.ToString();
    }

    private const string Decimals = "0.####";
}
