using System.Text.Json;

namespace PainCare.Domain.Alliance;

/// <summary>Typed access to the top-level fields of a definition file, failing with the file and field named.</summary>
internal sealed class FieldReader(JsonElement root, string fileName)
{
    public InstrumentDefinitionException Error(string field, string reason) => new(fileName, field, reason);

    public JsonElement Required(string name, JsonValueKind kind) =>
        Optional(name, kind) ?? throw Error(name, "required field is missing");

    public JsonElement? Optional(string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == kind ? value : throw Error(name, $"expected {Describe(kind)}, found {Describe(value.ValueKind)}");
    }

    public string RequiredString(string name)
    {
        var value = Required(name, JsonValueKind.String).GetString()!;
        return string.IsNullOrWhiteSpace(value) ? throw Error(name, "must not be empty") : value;
    }

    public string? OptionalString(string name) => Optional(name, JsonValueKind.String)?.GetString();

    public bool RequiredBoolean(string name) => OptionalBoolean(name) ?? throw Error(name, "required field is missing");

    public bool? OptionalBoolean(string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(name, $"expected true or false, found {Describe(value.ValueKind)}"),
        };
    }

    public double? OptionalNumber(string name) => Optional(name, JsonValueKind.Number)?.GetDouble();

    public static int Integer(JsonElement parent, string name, Func<string, string, InstrumentDefinitionException> error)
    {
        var field = $"scale.{name}";
        if (!parent.TryGetProperty(name, out var value))
        {
            throw error(field, "required field is missing");
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw error(field, "expected a whole number");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
