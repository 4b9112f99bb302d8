using System.Globalization;
using System.Text.Json.Nodes;

namespace PainCare.Domain.Alliance;

/// <summary>
/// FHIR R4 mapping: an instrument as a <c>Questionnaire</c>, a rating as a <c>QuestionnaireResponse</c>.
/// Items are linked by their 1-based number as linkId; answers are valueInteger.
/// </summary>
public static class AllianceFhirExport
{
    private const string MinValueExtension = "http://hl7.org/fhir/StructureDefinition/minValue";
    private const string MaxValueExtension = "http://hl7.org/fhir/StructureDefinition/maxValue";

    /// <summary>The canonical URL of an instrument under a clinic's base, e.g. https://clinic.example/fhir/Questionnaire/peg-3.</summary>
    public static string CanonicalUrl(InstrumentDefinition instrument, string canonicalBase) =>
        $"{canonicalBase.TrimEnd('/')}/Questionnaire/{instrument.Id}";

    public static JsonObject Questionnaire(InstrumentDefinition instrument, string canonicalBase)
    {
        var items = new JsonArray();
        for (var i = 0; i < instrument.Items.Count; i++)
        {
            items.Add(QuestionnaireItem(instrument, i));
        }

        return new JsonObject
        {
            ["resourceType"] = "Questionnaire",
            ["id"] = instrument.Id,
            ["url"] = CanonicalUrl(instrument, canonicalBase),
            ["version"] = instrument.Version,
            ["name"] = ComputableName(instrument.Id),
            ["title"] = instrument.Name,
            // Placeholder wording is not fit for clinical use, so it is never published as active.
            ["status"] = instrument.PlaceholderText ? "draft" : "active",
            ["subjectType"] = new JsonArray("Patient"),
            ["copyright"] = instrument.LicenceNote,
            ["item"] = items,
        };
    }

    /// <summary>A rating as a response; <c>authorReference</c> optionally names who completed it (e.g. the clinician), as an opaque reference.</summary>
    public static JsonObject QuestionnaireResponse(InstrumentDefinition instrument, string canonicalBase, string subjectReference, ExportRating rating, string? authorReference = null)
    {
        var items = new JsonArray();
        for (var i = 0; i < instrument.Items.Count; i++)
        {
            // Unanswered or out-of-scale values are left out rather than exported as if valid.
            if (i < rating.Items.Count && rating.Items[i] is { } value && value >= instrument.ScaleMin && value <= instrument.ScaleMax)
            {
                items.Add(new JsonObject
                {
                    ["linkId"] = LinkId(i),
                    ["text"] = instrument.Items[i].Text,
                    ["answer"] = new JsonArray(new JsonObject { ["valueInteger"] = value }),
                });
            }
        }

        var complete = items.Count == instrument.Items.Count && rating.Items.Count == instrument.Items.Count;
        var response = new JsonObject
        {
            ["resourceType"] = "QuestionnaireResponse",
            ["questionnaire"] = $"{CanonicalUrl(instrument, canonicalBase)}|{instrument.Version}",
            ["status"] = complete ? "completed" : "in-progress",
            ["subject"] = new JsonObject { ["reference"] = subjectReference },
            ["authored"] = rating.AuthoredAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                ?? rating.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["item"] = items,
        };
        if (authorReference is not null)
        {
            response["author"] = new JsonObject { ["reference"] = authorReference };
        }

        return response;
    }

    public static string LinkId(int itemIndex) => (itemIndex + 1).ToString(CultureInfo.InvariantCulture);

    private static JsonObject QuestionnaireItem(InstrumentDefinition instrument, int index)
    {
        var source = instrument.Items[index];
        var everyPointAnchored = Enumerable.Range(instrument.ScaleMin, instrument.ScaleMax - instrument.ScaleMin + 1).All(source.Anchors.ContainsKey);
        var item = new JsonObject
        {
            ["linkId"] = LinkId(index),
            ["text"] = source.Text,
            ["type"] = everyPointAnchored ? "choice" : "integer",
            ["required"] = true,
        };
        if (everyPointAnchored)
        {
            item["answerOption"] = new JsonArray([.. source.Anchors.Keys.Order().Select(p => (JsonNode)new JsonObject { ["valueInteger"] = p })]);
        }
        else
        {
            item["extension"] = new JsonArray(
                new JsonObject { ["url"] = MinValueExtension, ["valueInteger"] = instrument.ScaleMin },
                new JsonObject { ["url"] = MaxValueExtension, ["valueInteger"] = instrument.ScaleMax });
        }

        if (source.Anchors.Count > 0)
        {
            // R4 answerOption.valueInteger carries no label, so the anchors travel as a display child item.
            var labels = string.Join("; ", source.Anchors.OrderBy(a => a.Key).Select(a => $"{a.Key} = {a.Value}"));
            item["item"] = new JsonArray(new JsonObject { ["linkId"] = $"{LinkId(index)}.anchors", ["text"] = labels, ["type"] = "display" });
        }

        return item;
    }

    /// <summary>FHIR Questionnaire.name must match [A-Z]([A-Za-z0-9_]){0,254}.</summary>
    private static string ComputableName(string id)
    {
        var parts = id.Split(['-', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => char.ToUpperInvariant(p[0]) + p[1..]);
        var name = string.Concat(parts);
        return char.IsAsciiLetterUpper(name[0]) ? name : "Q" + name;
    }
}
