using System.Globalization;
using System.Text.Json;
using PainCare.Reflection.Model;

namespace PainCare.Reflection.Batch;

/// <summary>
/// The batch path: input lines <c>{"id","text"[,"date"]}</c>, output lines <c>{"id","prompts":[…]}</c> in input
/// order. A malformed line yields <c>{"id":…,"error":"…"}</c> (id null when unknown) and processing continues.
/// </summary>
public sealed class JsonlBatch(ReflectionEngine engine)
{
    public async Task<BatchSummary> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        var lines = 0;
        var errors = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = ProcessLine(line, out var failed);
            lines++;
            errors += failed ? 1 : 0;
            await output.WriteLineAsync(result.AsMemory(), cancellationToken);
        }

        return new BatchSummary(lines, errors);
    }

    /// <summary>Processes one input line into one output line; never throws for bad input.</summary>
    public string ProcessLine(string line, out bool failed)
    {
        JsonElement id = default;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("line is not a JSON object");
            }

            if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                id = idElement.Clone();
            }

            var input = Parse(root, id);
            var prompts = engine.Reflect(input);
            failed = false;
            return PromptJson.Write(writer =>
            {
                writer.WriteStartObject();
                WriteId(writer, id);
                PromptJson.WritePrompts(writer, prompts);
                writer.WriteEndObject();
            });
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            failed = true;
            return PromptJson.Write(writer =>
            {
                writer.WriteStartObject();
                WriteId(writer, id);
                writer.WriteString("error", e is JsonException ? "malformed JSON" : e.Message);
                writer.WriteEndObject();
            });
        }
    }

    private static ReflectionInput Parse(JsonElement root, JsonElement id)
    {
        if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("missing string property 'text'");
        }

        DateOnly? date = null;
        if (root.TryGetProperty("date", out var dateElement) && dateElement.ValueKind == JsonValueKind.String)
        {
            date = DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new FormatException("'date' must be yyyy-MM-dd");
        }

        var noteId = id.ValueKind == JsonValueKind.Undefined ? null : id.ToString();
        return new ReflectionInput(text.GetString() ?? string.Empty) { NoteId = noteId, Date = date };
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement id)
    {
        writer.WritePropertyName("id");
        if (id.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            id.WriteTo(writer);
        }
    }
}

public sealed record BatchSummary(int Lines, int Errors);
