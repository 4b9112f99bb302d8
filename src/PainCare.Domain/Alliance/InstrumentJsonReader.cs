using System.Globalization;
using System.Text.Json;

namespace PainCare.Domain.Alliance;

/// <summary>
/// Reads one instrument definition file. Parsed by hand rather than by serializer so that every error
/// names the file and the field, and unknown fields (usually typos such as <c>cutoff</c>) are refused.
/// </summary>
public static class InstrumentJsonReader
{
    private static readonly HashSet<string> _knownFields =
    [
        "id", "name", "version", "rater", "counterpart", "placeholderText", "licenceNote", "source",
        "scale", "higherIsBetter", "scoring", "cutOff", "reliableChange", "raterGapThreshold", "items", "subscales",
        "notice", "reliability", "normativeSd", "minimumChange", "licenceHolder", "licenceTerms",
    ];

    public static InstrumentDefinition Parse(string json, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InstrumentDefinitionException(fileName, "(json)", $"malformed JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InstrumentDefinitionException(fileName, "(root)", "expected a JSON object");
            }

            var fields = new FieldReader(root, fileName);
            foreach (var property in root.EnumerateObject())
            {
                if (!_knownFields.Contains(property.Name))
                {
                    throw new InstrumentDefinitionException(fileName, property.Name, "unknown field");
                }
            }

            var (scaleMin, scaleMax) = ReadScale(fields);
            var items = ReadItems(fields, scaleMin, scaleMax);
            var definition = new InstrumentDefinition(
                Id: fields.RequiredString("id"),
                Name: fields.RequiredString("name"),
                Version: fields.RequiredString("version"),
                Rater: fields.RequiredString("rater") switch
                {
                    "patient" => InstrumentRater.Patient,
                    "clinician" => InstrumentRater.Clinician,
                    var other => throw fields.Error("rater", $"unknown rater '{other}' (expected 'patient' or 'clinician')"),
                },
                ScaleMin: scaleMin,
                ScaleMax: scaleMax,
                Scoring: fields.RequiredString("scoring") switch
                {
                    "sum" => ScoringRule.Sum,
                    "mean" => ScoringRule.Mean,
                    var other => throw fields.Error("scoring", $"unknown scoring rule '{other}' (expected 'sum' or 'mean')"),
                },
                Items: items,
                Subscales: ReadSubscales(fields, items.Count),
                CutOff: fields.OptionalNumber("cutOff"),
                ReliableChange: fields.OptionalNumber("reliableChange"),
                LicenceNote: fields.RequiredString("licenceNote"),
                PlaceholderText: fields.RequiredBoolean("placeholderText"))
            {
                HigherIsBetter = fields.OptionalBoolean("higherIsBetter") ?? true,
                Counterpart = fields.OptionalString("counterpart"),
                RaterGapThreshold = fields.OptionalNumber("raterGapThreshold"),
                Source = fields.OptionalString("source"),
                Notice = fields.OptionalString("notice"),
                Reliability = fields.OptionalNumber("reliability"),
                NormativeSd = fields.OptionalNumber("normativeSd"),
                MinimumChange = fields.OptionalNumber("minimumChange"),
                LicenceHolder = fields.OptionalString("licenceHolder"),
                LicenceTerms = fields.OptionalString("licenceTerms"),
            };
            CheckRanges(definition, fields);
            return definition;
        }
    }

    private static (int Min, int Max) ReadScale(FieldReader fields)
    {
        var scale = fields.Required("scale", JsonValueKind.Object);
        var min = FieldReader.Integer(scale, "min", fields.Error);
        var max = FieldReader.Integer(scale, "max", fields.Error);
        if (min >= max)
        {
            throw fields.Error("scale", $"min ({min}) must be below max ({max})");
        }

        return (min, max);
    }

    private static List<InstrumentItem> ReadItems(FieldReader fields, int scaleMin, int scaleMax)
    {
        var array = fields.Required("items", JsonValueKind.Array);
        var items = new List<InstrumentItem>();
        foreach (var element in array.EnumerateArray())
        {
            var field = $"items[{items.Count}]";
            if (element.ValueKind != JsonValueKind.Object
                || !element.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(text.GetString()))
            {
                throw fields.Error(field, "expected an object with a non-empty 'text'");
            }

            var anchors = new Dictionary<int, string>();
            if (element.TryGetProperty("anchors", out var anchorObject))
            {
                if (anchorObject.ValueKind != JsonValueKind.Object)
                {
                    throw fields.Error($"{field}.anchors", "expected an object mapping scale points to labels");
                }

                foreach (var anchor in anchorObject.EnumerateObject())
                {
                    if (!int.TryParse(anchor.Name, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var point)
                        || point < scaleMin || point > scaleMax || anchor.Value.ValueKind != JsonValueKind.String)
                    {
                        throw fields.Error($"{field}.anchors.{anchor.Name}", $"anchor keys must be scale points {scaleMin}-{scaleMax} with text labels");
                    }

                    anchors[point] = anchor.Value.GetString()!;
                }
            }

            items.Add(new InstrumentItem(text.GetString()!, anchors));
        }

        if (items.Count == 0)
        {
            throw fields.Error("items", "at least one item is required");
        }

        return items;
    }

    private static Dictionary<string, IReadOnlyList<int>> ReadSubscales(FieldReader fields, int itemCount)
    {
        var subscales = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        if (fields.Optional("subscales", JsonValueKind.Object) is not { } element)
        {
            return subscales;
        }

        foreach (var subscale in element.EnumerateObject())
        {
            var field = $"subscales.{subscale.Name}";
            if (subscale.Value.ValueKind != JsonValueKind.Array)
            {
                throw fields.Error(field, "expected an array of 1-based item numbers");
            }

            var numbers = new List<int>();
            foreach (var number in subscale.Value.EnumerateArray())
            {
                if (number.ValueKind != JsonValueKind.Number || !number.TryGetInt32(out var n) || n < 1 || n > itemCount)
                {
                    throw fields.Error(field, $"item numbers must be whole numbers from 1 to {itemCount}");
                }

                if (numbers.Contains(n))
                {
                    throw fields.Error(field, $"item {n} is listed twice");
                }

                numbers.Add(n);
            }

            if (numbers.Count == 0)
            {
                throw fields.Error(field, "a subscale needs at least one item");
            }

            subscales[subscale.Name] = numbers;
        }

        return subscales;
    }

    private static void CheckRanges(InstrumentDefinition definition, FieldReader fields)
    {
        if (definition.CutOff is { } cutOff && (cutOff < definition.TotalMin || cutOff > definition.TotalMax))
        {
            throw fields.Error("cutOff", $"{cutOff.ToString(CultureInfo.InvariantCulture)} lies outside the possible totals {definition.TotalMin.ToString(CultureInfo.InvariantCulture)}-{definition.TotalMax.ToString(CultureInfo.InvariantCulture)}");
        }

        if (definition.ReliableChange is <= 0)
        {
            throw fields.Error("reliableChange", "must be greater than zero");
        }

        if (definition.Reliability is { } r && (r <= 0 || r >= 1))
        {
            throw fields.Error("reliability", "must lie between 0 and 1 (a test-retest correlation)");
        }

        if ((definition.Reliability is null) != (definition.NormativeSd is null))
        {
            throw fields.Error(definition.NormativeSd is null ? "normativeSd" : "reliability", "'reliability' and 'normativeSd' are given together or not at all");
        }

        if (definition.NormativeSd is <= 0 || definition.MinimumChange is <= 0)
        {
            throw fields.Error(definition.NormativeSd is <= 0 ? "normativeSd" : "minimumChange", "must be greater than zero");
        }

        if (definition.RaterGapThreshold is < 0)
        {
            throw fields.Error("raterGapThreshold", "must not be negative");
        }

        if (string.IsNullOrWhiteSpace(definition.Id) || definition.Id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')))
        {
            throw fields.Error("id", "must be letters, digits, '-' or '.' only");
        }
    }
}
