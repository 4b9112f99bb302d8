using System.Text.Json;

namespace PainCare.Cli.Commands;

/// <summary>The two labelled formats of shared/eval/: reflection items carry <c>expect</c>, de-identification items <c>identifiers</c>.</summary>
public enum EvalFormat
{
    Reflection,
    Deidentification,
}

/// <summary>Reads a labelled JSONL file, detects its format and keeps the items of the requested split.</summary>
public static class EvalItems
{
    /// <summary>The parsed items (cloned, so they outlive their documents) and the file's format.</summary>
    public static (EvalFormat Format, IReadOnlyList<JsonElement> Items) Read(string content, EvalSplit split)
    {
        var items = new List<JsonElement>();
        EvalFormat? format = null;
        var lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement item;
            try
            {
                using var document = JsonDocument.Parse(line);
                item = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                throw new FormatException($"line {lineNumber} is not valid JSON");
            }

            var itemFormat = FormatOf(item) ?? throw new FormatException(
                $"line {lineNumber} is neither a reflection item (id, text, expect) nor a de-identification item (id, text, identifiers, keep)");
            if (format is not null && format != itemFormat)
            {
                throw new FormatException($"line {lineNumber} is a {itemFormat} item in a {format} file");
            }

            format = itemFormat;
            if (InSplit(item.GetProperty("id").GetString()!, split))
            {
                items.Add(item);
            }
        }

        return format is null ? throw new FormatException("the file holds no items") : (format.Value, items);
    }

    /// <summary>An id's final number decides its half: "r-dev2-017" is odd.</summary>
    public static bool InSplit(string id, EvalSplit split)
    {
        if (split == EvalSplit.All)
        {
            return true;
        }

        var end = id.Length;
        while (end > 0 && char.IsDigit(id[end - 1]))
        {
            end--;
        }

        if (end == id.Length)
        {
            throw new FormatException($"item '{id}' has no number at the end of its id, so it belongs to neither half");
        }

        var odd = (id[^1] - '0') % 2 == 1;
        return split == EvalSplit.Odd ? odd : !odd;
    }

    private static EvalFormat? FormatOf(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !item.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        if (item.TryGetProperty("expect", out var expect) && expect.ValueKind == JsonValueKind.Array)
        {
            return EvalFormat.Reflection;
        }

        return item.TryGetProperty("identifiers", out var identifiers) && identifiers.ValueKind == JsonValueKind.Array
            ? EvalFormat.Deidentification
            : null;
    }
}
