using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using PainCare.Domain.Alliance;
using PainCare.Web.Features.Alliance.Fhir;
using static PainCare.UnitTests.Alliance.AllianceTestData;
using ItemType = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType;
using ResponseStatus = Hl7.Fhir.Model.QuestionnaireResponse.QuestionnaireResponseStatus;

namespace PainCare.UnitTests.Alliance;

/// <summary>The mapping onto Firely's R4 model (hl7.org/fhir/R4/questionnaire.html, questionnaireresponse.html); the profile check is in AllianceFhirValidationTests.</summary>
public sealed partial class AllianceFhirMappingTests
{
    private const string Base = "https://clinic.example/fhir";

    private static readonly InstrumentCatalogue _catalogue = InstrumentCatalogue.LoadDefaults();

    [Theory]
    [InlineData("wai-sr-patient", PublicationStatus.Draft, ItemType.Choice)]
    [InlineData("peg-3", PublicationStatus.Active, ItemType.Integer)]
    [InlineData("pain-nrs", PublicationStatus.Active, ItemType.Integer)]
    public void Questionnaire_CarriesTheInstrumentWithItsCanonicalUrlStatusAndItemTypes(string id, PublicationStatus status, ItemType itemType)
    {
        var instrument = _catalogue.Find(id)!;

        var q = AllianceFhirMapping.Questionnaire(instrument, Base);

        Assert.Equal($"{Base}/Questionnaire/{id}", q.Url);
        Assert.Equal(instrument.Version, q.Version);
        Assert.Equal(id, q.Id);
        Assert.Matches(FhirName(), q.Name);
        Assert.Equal(status, q.Status);
        Assert.Equal(instrument.Items.Count, q.Item.Count);
        Assert.Equal(q.Item.Count, q.Item.Select(i => i.LinkId).Distinct().Count());
        Assert.All(q.Item, item =>
        {
            Assert.Equal(itemType, item.Type);
            Assert.False(string.IsNullOrEmpty(item.Text));
            Assert.All(item.Item, child => Assert.Equal(ItemType.Display, child.Type));
        });
    }

    [Fact]
    public void ChoiceItems_OfferEveryScalePointAsIntegerOption()
    {
        var item = AllianceFhirMapping.Questionnaire(_catalogue.Find("wai-sr-patient")!, Base).Item[0];

        Assert.Equal([1, 2, 3, 4, 5], item.AnswerOption.Select(o => ((Integer)o.Value!).Value));
    }

    [Fact]
    public void IntegerItems_CarryScaleLimitsAsMinAndMaxValueExtensions()
    {
        var item = AllianceFhirMapping.Questionnaire(_catalogue.Find("peg-3")!, Base).Item[0];

        var limits = item.Extension.ToDictionary(e => e.Url!, e => ((Integer)e.Value!).Value);

        Assert.Equal(0, limits["http://hl7.org/fhir/StructureDefinition/minValue"]);
        Assert.Equal(10, limits["http://hl7.org/fhir/StructureDefinition/maxValue"]);
    }

    [Fact]
    public void QuestionnaireResponse_AnswersEveryItemOfItsVersionedQuestionnaireWithIntegers()
    {
        var wai = _catalogue.Find("wai-sr-patient")!;
        var questionnaire = AllianceFhirMapping.Questionnaire(wai, Base);
        var rating = new ExportRating(3, DateOf(3), Items(4, 4, 5, 3, 4, 4, 5, 3, 4, 4, 2, 4));

        var r = AllianceFhirMapping.QuestionnaireResponse(wai, Base, "Patient/opaque-123", rating);

        Assert.Equal(ResponseStatus.Completed, r.Status);
        Assert.Equal($"{questionnaire.Url}|{questionnaire.Version}", r.Questionnaire);
        Assert.Equal("Patient/opaque-123", r.Subject!.Reference);
        Assert.Equal("2026-01-19", r.Authored);
        Assert.Equal(questionnaire.Item.Select(i => i.LinkId), r.Item.Select(a => a.LinkId));
        Assert.All(r.Item, a => Assert.InRange(((Integer)Assert.Single(a.Answer).Value!).Value!.Value, wai.ScaleMin, wai.ScaleMax));
        Assert.Equal([4, 4, 5], r.Item.Take(3).Select(a => ((Integer)a.Answer[0].Value!).Value));
    }

    [Fact]
    public void QuestionnaireResponse_InJson_HasIntegerAnswersAndAnAuthoredTimeWithOffset()
    {
        var rating = new ExportRating(1, DateOf(1), Items(3)) { AuthoredAt = new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.FromHours(10)) };
        var bundle = AllianceFhirBundle.Create(Base, "Patient/x", [new RatedInstrument(_catalogue.Find("pain-nrs")!, [rating])]);

        var json = JsonNode.Parse(AllianceFhirBundle.ToJson(bundle))!;

        var response = json["entry"]![1]!["resource"]!;
        Assert.Equal("QuestionnaireResponse", (string?)response["resourceType"]);
        Assert.Equal("2026-01-05T09:30:00+10:00", (string?)response["authored"]);
        Assert.Matches(FhirDateTime(), (string?)response["authored"]);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, response["item"]![0]!["answer"]![0]!["valueInteger"]!.GetValueKind());
    }

    [Fact]
    public void AuthorAndEncounter_AreIncludedOnlyWhenKnown()
    {
        var nrs = _catalogue.Find("pain-nrs")!;
        var session = Guid.NewGuid();
        var rating = new ExportRating(1, DateOf(1), Items(3));

        var known = AllianceFhirMapping.QuestionnaireResponse(nrs, Base, "Patient/x", rating with { SessionId = session }, "Practitioner/opaque-9");
        var unknown = AllianceFhirMapping.QuestionnaireResponse(nrs, Base, "Patient/x", rating);

        Assert.Equal("Practitioner/opaque-9", known.Author!.Reference);
        Assert.Equal($"Encounter/{session}", known.Encounter!.Reference);
        Assert.Null(unknown.Author);
        Assert.Null(unknown.Encounter);
    }

    [Fact]
    public void IncompleteRating_IsInProgressWithUnansweredAndOutOfScaleItemsLeftOut()
    {
        var r = AllianceFhirMapping.QuestionnaireResponse(_catalogue.Find("peg-3")!, Base, "Patient/x", new ExportRating(1, DateOf(1), [5, null, 11]));

        Assert.Equal(ResponseStatus.InProgress, r.Status);
        Assert.Equal(["1"], r.Item.Select(i => i.LinkId));
    }

    [Fact]
    public void Bundle_IsACollectionOfEachQuestionnaireFollowedByItsResponses_AndReadsBack()
    {
        var patient = _catalogue.Find("wai-sr-patient")!;
        var clinician = _catalogue.Find("wai-sr-clinician")!;
        var bundle = AllianceFhirBundle.Create(Base, "Patient/x", [
            new RatedInstrument(patient, [new ExportRating(1, DateOf(1), Items(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)), new ExportRating(2, DateOf(2), Items(3))]),
            new RatedInstrument(clinician, []),
        ]);

        var read = AllianceFhirBundle.Parse(AllianceFhirBundle.ToJson(bundle));

        Assert.Equal(Bundle.BundleType.Collection, read.Type);
        Assert.Equal(["Questionnaire", "QuestionnaireResponse", "QuestionnaireResponse", "Questionnaire"], read.Entry.Select(e => e.Resource!.TypeName));
        Assert.True(bundle.IsExactly(read));
        Assert.Equal(read.Entry.Count, read.Entry.Select(e => e.FullUrl).Distinct().Count());
        Assert.Equal($"{Base}/Questionnaire/wai-sr-patient", read.Entry[0].FullUrl);
        Assert.All(read.Entry.Where(e => e.Resource is QuestionnaireResponse), e => Assert.Equal($"urn:uuid:{e.Resource!.Id}", e.FullUrl));
    }

    [GeneratedRegex(@"^[A-Z]([A-Za-z0-9_]){0,254}$")]
    private static partial Regex FhirName();

    // R4 dateTime regex from the specification (datatypes.html#dateTime).
    [GeneratedRegex(@"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$")]
    private static partial Regex FhirDateTime();
}
