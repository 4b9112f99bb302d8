using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using PainCare.Deidentification;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare deidentify --input FILE [--known "Kay Morgan" ...] [--placeholder]</c> for one text, or
/// <c>paincare deidentify --jsonl FILE</c> for a batch: one JSON result per input line, in order.
/// </summary>
public sealed partial class DeidentifyCommand : ICliCommand
{
    private static readonly JsonWriterOptions _writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "deidentify";

    public string Summary => "De-identify a vignette: --input FILE [--known NAME ...] | --jsonl FILE.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? input = null, jsonl = null;
        var known = new List<string>();
        var style = ReplacementStyle.Surrogate;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--input" when i + 1 < args.Count:
                    input = args[++i];
                    break;
                case "--jsonl" when i + 1 < args.Count:
                    jsonl = args[++i];
                    break;
                case "--known" when i + 1 < args.Count:
                    known.Add(args[++i]);
                    break;
                case "--placeholder":
                    style = ReplacementStyle.Placeholder;
                    break;
                default:
                    await stderr.WriteLineAsync($"paincare deidentify: unexpected argument '{args[i]}'. Usage: paincare deidentify --input FILE [--known NAME ...] | --jsonl FILE");
                    return 2;
            }
        }

        if ((input is null) == (jsonl is null))
        {
            await stderr.WriteLineAsync("paincare deidentify: give exactly one of --input FILE or --jsonl FILE.");
            return 2;
        }

        var deidentifier = new Deidentifier(new DeidentificationOptions(style));
        string content;
        try
        {
            content = await File.ReadAllTextAsync(input ?? jsonl!, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"paincare deidentify: cannot read '{input ?? jsonl}': {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }

        if (input is not null)
        {
            await stdout.WriteLineAsync(Serialize(null, deidentifier.Deidentify(new DeidentificationRequest(content, known))));
            return 0;
        }

        foreach (var line in content.Split('\n'))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!string.IsNullOrWhiteSpace(line))
            {
                await stdout.WriteLineAsync(ProcessLine(deidentifier, line.TrimEnd('\r')));
            }
        }

        return 0;
    }

    private static string ProcessLine(Deidentifier deidentifier, string line)
    {
        string? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, "line is not a JSON object");
            }

            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText();
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return Error(id, "missing string field 'text'");
            }

            var known = new List<string>();
            if (root.TryGetProperty("known", out var knownElement) && knownElement.ValueKind != JsonValueKind.Null)
            {
                if (knownElement.ValueKind != JsonValueKind.Array || knownElement.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String))
                {
                    return Error(id, "field 'known' must be an array of strings");
                }

                known.AddRange(knownElement.EnumerateArray().Select(k => k.GetString()!));
            }

            return Serialize(id, deidentifier.Deidentify(new DeidentificationRequest(textElement.GetString()!, known)));
        }
        catch (JsonException e)
        {
            id ??= IdInBrokenLine().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
            return Error(id, $"malformed JSON: {e.Message}");
        }
    }

    private static string Serialize(string? id, DeidentificationResult result) => Write(writer =>
    {
        if (id is not null)
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("text", result.Text);
        writer.WriteStartArray("replacements");
        foreach (var r in result.Replacements)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", r.Start);
            writer.WriteNumber("end", r.End);
            writer.WriteString("category", r.Category);
            writer.WriteString("original", r.Original);
            writer.WriteString("replacement", r.Surrogate);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("review");
        foreach (var item in result.Review)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", item.Start);
            writer.WriteNumber("end", item.End);
            writer.WriteString("category", item.Category);
            writer.WriteString("text", item.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private static string Error(string? id, string message) => Write(writer =>
    {
        if (id is null)
        {
            writer.WriteNull("id");
        }
        else
        {
            writer.WriteString("id", id);
        }

        writer.WriteString("error", message);
    });

    [GeneratedRegex(@"""id""\s*:\s*""([^""\\]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdInBrokenLine();

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, _writerOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
