using System.Text.Json;

namespace PainCare.Reflection.Loading;

/// <summary>Typed, validating access to a parsed data file; every failure names the file and line.</summary>
internal sealed class DataFile(string file)
{
    public string File => file;

    public CatalogueFormatException Error(JsonTree at, string problem) => new(file, at.Line, problem);

    public JsonTree Required(JsonTree obj, string name)
    {
        if (obj.Kind != JsonValueKind.Object)
        {
            throw Error(obj, "expected an object");
        }

        return obj.Property(name) ?? throw Error(obj, $"missing property '{name}'");
    }

    public string String(JsonTree obj, string name)
    {
        var value = Required(obj, name);
        return value.Kind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.Text)
            ? value.Text
            : throw Error(value, $"'{name}' must be a non-empty string");
    }

    public IReadOnlyList<JsonTree> Array(JsonTree obj, string name, bool allowEmpty = false)
    {
        var value = Required(obj, name);
        if (value.Kind != JsonValueKind.Array)
        {
            throw Error(value, $"'{name}' must be an array");
        }

        return value.Items.Count > 0 || allowEmpty ? value.Items : throw Error(value, $"'{name}' must not be empty");
    }

    public IReadOnlyList<string> Strings(JsonTree obj, string name, bool allowEmpty = false) =>
        Array(obj, name, allowEmpty).Select(item => item.Kind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.Text)
            ? item.Text
            : throw Error(item, $"every entry of '{name}' must be a non-empty string")).ToList();

    public bool Bool(JsonTree obj, string name, bool fallback)
    {
        var value = obj.Property(name);
        return value is null ? fallback : value.Kind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(value, $"'{name}' must be true or false"),
        };
    }

    public int Int(JsonTree obj, string name, int fallback, int min, int max)
    {
        var value = obj.Property(name);
        if (value is null)
        {
            return fallback;
        }

        return value.Kind == JsonValueKind.Number && int.TryParse(value.Text, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw Error(value, $"'{name}' must be a whole number from {min} to {max}");
    }

    /// <summary>A misspelt property ("patientonly") would otherwise be ignored silently.</summary>
    public void AllowOnly(JsonTree obj, params string[] names)
    {
        foreach (var (name, value) in obj.Properties)
        {
            if (!names.Contains(name))
            {
                throw Error(value, $"unknown property '{name}'; expected one of {string.Join(", ", names)}");
            }
        }
    }

    public void RequireVersion(JsonTree root, int expected)
    {
        var version = Required(root, "version");
        if (version.Kind != JsonValueKind.Number || version.Text != expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw Error(version, $"unsupported version; this library reads version {expected}");
        }
    }
}
