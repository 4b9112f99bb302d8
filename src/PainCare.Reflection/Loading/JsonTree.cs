using System.Text.Json;

namespace PainCare.Reflection.Loading;

/// <summary>A JSON value that remembers its line, so validation errors can point at the offending entry.</summary>
internal sealed record JsonTree(JsonValueKind Kind, int Line, string? Text, IReadOnlyList<KeyValuePair<string, JsonTree>> Properties, IReadOnlyList<JsonTree> Items)
{
    public JsonTree? Property(string name) => Properties.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>Parses the whole document; syntax errors become <see cref="CatalogueFormatException"/> with the line.</summary>
    public static JsonTree Parse(string file, ReadOnlySpan<byte> utf8)
    {
        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read())
            {
                throw new CatalogueFormatException(file, 1, "the file is empty");
            }

            var tree = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                throw new CatalogueFormatException(file, lines.LineOf(reader.TokenStartIndex), "unexpected content after the document");
            }

            return tree;
        }
        catch (JsonException e)
        {
            throw new CatalogueFormatException(file, (int)(e.LineNumber ?? 0) + 1, $"malformed JSON: {e.Message}");
        }
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, LineIndex lines)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<KeyValuePair<string, JsonTree>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString() ?? string.Empty;
                    reader.Read();
                    properties.Add(new(name, ReadValue(ref reader, lines)));
                }

                return new JsonTree(JsonValueKind.Object, line, null, properties, []);
            case JsonTokenType.StartArray:
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new JsonTree(JsonValueKind.Array, line, null, [], items);
            case JsonTokenType.String:
                return new JsonTree(JsonValueKind.String, line, reader.GetString(), [], []);
            case JsonTokenType.Number:
                return new JsonTree(JsonValueKind.Number, line, reader.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture), [], []);
            case JsonTokenType.True or JsonTokenType.False:
                return new JsonTree(reader.TokenType == JsonTokenType.True ? JsonValueKind.True : JsonValueKind.False, line, null, [], []);
            default:
                return new JsonTree(JsonValueKind.Null, line, null, [], []);
        }
    }

    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(ReadOnlySpan<byte> utf8)
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public int LineOf(long offset)
        {
            var found = _starts.BinarySearch(offset);
            return (found >= 0 ? found : ~found - 1) + 1;
        }
    }
}
