using System.Globalization;
using System.Text.Json;
using PainCare.Domain.Alliance;

namespace PainCare.Cli.Commands;

/// <summary>The input file of <c>paincare alliance analyse</c>, read with field-precise one-line errors.</summary>
internal sealed record AllianceInput(string Instrument, IReadOnlyList<RatedSession> Sessions)
{
    public static AllianceInput Parse(string json, string fileName)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(fileName, "(root)", "expected a JSON object");
            }

            if (!root.TryGetProperty("instrument", out var instrument) || instrument.ValueKind != JsonValueKind.String)
            {
                throw Error(fileName, "instrument", "expected the instrument id as a string");
            }

            if (!root.TryGetProperty("sessions", out var sessions) || sessions.ValueKind != JsonValueKind.Array)
            {
                throw Error(fileName, "sessions", "expected an array of sessions");
            }

            var list = new List<RatedSession>();
            foreach (var session in sessions.EnumerateArray())
            {
                list.Add(ParseSession(session, $"sessions[{list.Count}]", fileName));
            }

            return new AllianceInput(instrument.GetString()!, list);
        }
        catch (JsonException ex)
        {
            throw new AllianceInputException($"{fileName}: malformed JSON: {ex.Message}");
        }
    }

    private static RatedSession ParseSession(JsonElement session, string path, string fileName)
    {
        if (session.ValueKind != JsonValueKind.Object)
        {
            throw Error(fileName, path, "expected an object");
        }

        if (!session.TryGetProperty("n", out var n) || n.ValueKind != JsonValueKind.Number || !n.TryGetInt32(out var number))
        {
            throw Error(fileName, $"{path}.n", "expected the session number as a whole number");
        }

        if (!session.TryGetProperty("date", out var date) || date.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw Error(fileName, $"{path}.date", "expected a date as \"yyyy-MM-dd\"");
        }

        return new RatedSession(number, day, ParseAttendance(session, path, fileName),
            ParseItems(session, "patient", path, fileName), ParseItems(session, "clinician", path, fileName));
    }

    private static SessionAttendance ParseAttendance(JsonElement session, string path, string fileName)
    {
        // "attendance" distinguishes a cancellation from a did-not-attend; "attended": false means did-not-attend.
        if (session.TryGetProperty("attendance", out var attendance))
        {
            return attendance.ValueKind == JsonValueKind.String ? attendance.GetString() switch
            {
                "attended" => SessionAttendance.Attended,
                "did-not-attend" => SessionAttendance.DidNotAttend,
                "cancelled" => SessionAttendance.Cancelled,
                _ => throw Error(fileName, $"{path}.attendance", "expected \"attended\", \"did-not-attend\" or \"cancelled\""),
            }
            : throw Error(fileName, $"{path}.attendance", "expected a string");
        }

        if (!session.TryGetProperty("attended", out var attended) || attended.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Error(fileName, $"{path}.attended", "expected true or false");
        }

        return attended.GetBoolean() ? SessionAttendance.Attended : SessionAttendance.DidNotAttend;
    }

    private static List<int?>? ParseItems(JsonElement session, string rater, string path, string fileName)
    {
        if (!session.TryGetProperty(rater, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw Error(fileName, $"{path}.{rater}", "expected an array of item scores");
        }

        var items = new List<int?>();
        foreach (var value in array.EnumerateArray())
        {
            items.Add(value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number when value.TryGetInt32(out var score) => score,
                _ => throw Error(fileName, $"{path}.{rater}[{items.Count}]", "expected a whole number or null"),
            });
        }

        return items;
    }

    private static AllianceInputException Error(string fileName, string field, string reason) => new($"{fileName}: {field}: {reason}");
}

/// <summary>Bad input for the alliance verb; the message is the one line shown on standard error.</summary>
internal sealed class AllianceInputException(string message) : Exception(message);
