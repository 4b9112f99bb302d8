using System.Globalization;
using Hl7.Fhir.Model;
using PainCare.Domain.Alliance;
using ItemType = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType;
using ResponseStatus = Hl7.Fhir.Model.QuestionnaireResponse.QuestionnaireResponseStatus;

namespace PainCare.Web.Features.Alliance.Fhir;

/// <summary>
/// FHIR R4 mapping, on Firely's model: an instrument as a <c>Questionnaire</c>, a rating as a <c>QuestionnaireResponse</c>.
/// Items are linked by their 1-based number as linkId; answers are valueInteger.
/// </summary>
public static class AllianceFhirMapping
{
    private const string MinValueExtension = "http://hl7.org/fhir/StructureDefinition/minValue";
    private const string MaxValueExtension = "http://hl7.org/fhir/StructureDefinition/maxValue";

    /// <summary>The canonical URL of an instrument under a clinic's base, e.g. https://clinic.example/fhir/Questionnaire/peg-3.</summary>
    public static string CanonicalUrl(InstrumentDefinition instrument, string canonicalBase) =>
        $"{canonicalBase.TrimEnd('/')}/Questionnaire/{instrument.Id}";

    public static Questionnaire Questionnaire(InstrumentDefinition instrument, string canonicalBase) => new()
    {
        Id = instrument.Id,
        Url = CanonicalUrl(instrument, canonicalBase),
        Version = instrument.Version,
        Name = ComputableName(instrument.Id),
        Title = instrument.Name,
        // Placeholder wording is not fit for clinical use, so it is never published as active.
        Status = instrument.PlaceholderText ? PublicationStatus.Draft : PublicationStatus.Active,
        SubjectType = [ResourceType.Patient],
        Copyright = instrument.LicenceNote,
        // "PainCare's own check-in, not a validated measure" travels with the form wherever the export goes.
        Description = instrument.Notice,
        Item = [.. Enumerable.Range(0, instrument.Items.Count).Select(i => QuestionnaireItem(instrument, i))],
    };

    /// <summary>
    /// A rating as a response to its questionnaire's canonical URL and version. <c>authorReference</c> optionally names who
    /// completed it (e.g. the clinician) and the session, when known, is its encounter; both as opaque references.
    /// </summary>
    public static QuestionnaireResponse QuestionnaireResponse(InstrumentDefinition instrument, string canonicalBase, string subjectReference, ExportRating rating, string? authorReference = null)
    {
        // Unanswered or out-of-scale values are left out rather than exported as if valid.
        var items = Enumerable.Range(0, instrument.Items.Count)
            .Where(i => i < rating.Items.Count && rating.Items[i] is { } value && value >= instrument.ScaleMin && value <= instrument.ScaleMax)
            .Select(i => new QuestionnaireResponse.ItemComponent
            {
                LinkId = LinkId(i),
                Text = instrument.Items[i].Text,
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(rating.Items[i]) }],
            })
            .ToList();
        var complete = items.Count == instrument.Items.Count && rating.Items.Count == instrument.Items.Count;
        return new QuestionnaireResponse
        {
            Questionnaire = $"{CanonicalUrl(instrument, canonicalBase)}|{instrument.Version}",
            Status = complete ? ResponseStatus.Completed : ResponseStatus.InProgress,
            Subject = new ResourceReference(subjectReference),
            Encounter = rating.SessionId is { } session ? new ResourceReference($"Encounter/{session}") : null,
            Authored = rating.AuthoredAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                ?? rating.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Author = authorReference is null ? null : new ResourceReference(authorReference),
            Item = items,
        };
    }

    public static string LinkId(int itemIndex) => (itemIndex + 1).ToString(CultureInfo.InvariantCulture);

    private static Questionnaire.ItemComponent QuestionnaireItem(InstrumentDefinition instrument, int index)
    {
        var source = instrument.Items[index];
        var everyPointAnchored = Enumerable.Range(instrument.ScaleMin, instrument.ScaleMax - instrument.ScaleMin + 1).All(source.Anchors.ContainsKey);
        var item = new Questionnaire.ItemComponent
        {
            LinkId = LinkId(index),
            Text = source.Text,
            Type = everyPointAnchored ? ItemType.Choice : ItemType.Integer,
            Required = true,
        };
        if (everyPointAnchored)
        {
            item.AnswerOption = [.. source.Anchors.Keys.Order().Select(p => new Questionnaire.AnswerOptionComponent { Value = new Integer(p) })];
        }
        else
        {
            item.Extension = [new Extension(MinValueExtension, new Integer(instrument.ScaleMin)), new Extension(MaxValueExtension, new Integer(instrument.ScaleMax))];
        }

        if (source.Anchors.Count > 0)
        {
            // R4 answerOption.valueInteger carries no label, so the anchors travel as a display child item.
            var labels = string.Join("; ", source.Anchors.OrderBy(a => a.Key).Select(a => $"{a.Key} = {a.Value}"));
            item.Item = [new Questionnaire.ItemComponent { LinkId = $"{LinkId(index)}.anchors", Text = labels, Type = ItemType.Display }];
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
