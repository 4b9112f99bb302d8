using System.Text.RegularExpressions;
using PainCare.Domain.Alliance;
using static PainCare.UnitTests.Alliance.AllianceTestData;

namespace PainCare.UnitTests.Alliance;

/// <summary>Checks the output against the FHIR R4 structures (hl7.org/fhir/R4/questionnaire.html, questionnaireresponse.html).</summary>
public sealed partial class AllianceFhirExportTests
{
    private const string Base = "https://clinic.example/fhir";

    // R4 value sets: publication-status, item-type, questionnaire-answers-status.
    private static readonly string[] _publicationStatus = ["draft", "active", "retired", "unknown"];
    private static readonly string[] _itemTypes = ["group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time", "string", "text", "url", "choice", "open-choice", "attachment", "reference", "quantity"];
    private static readonly string[] _responseStatus = ["in-progress", "completed", "amended", "entered-in-error", "stopped"];

    private static readonly InstrumentCatalogue _catalogue = InstrumentCatalogue.LoadDefaults();

    [Theory]
    [InlineData("wai-sr-patient", "draft", "choice")]
    [InlineData("peg-3", "active", "integer")]
    [InlineData("pain-nrs", "active", "integer")]
    public void Questionnaire_HasRequiredR4ElementsAndValidCodes(string id, string status, string itemType)
    {
        var instrument = _catalogue.Find(id)!;

        var q = AllianceFhirExport.Questionnaire(instrument, Base);

        Assert.Equal("Questionnaire", (string?)q["resourceType"]);
        Assert.Equal($"{Base}/Questionnaire/{id}", (string?)q["url"]);
        Assert.True(Uri.IsWellFormedUriString((string?)q["url"], UriKind.Absolute));
        Assert.Equal(instrument.Version, (string?)q["version"]);
        Assert.Matches(FhirId(), (string?)q["id"]);
        Assert.Matches(FhirName(), (string?)q["name"]);
        Assert.Contains((string?)q["status"], _publicationStatus);
        Assert.Equal(status, (string?)q["status"]);
        var items = q["item"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(instrument.Items.Count, items.Count);
        Assert.Equal(items.Count, items.Select(i => (string?)i["linkId"]).Distinct().Count());
        Assert.All(items, item =>
        {
            Assert.Equal(itemType, (string?)item["type"]);
            Assert.Contains((string?)item["type"], _itemTypes);
            Assert.False(string.IsNullOrEmpty((string?)item["text"]));
            Assert.All(item["item"]?.AsArray() ?? [], child => Assert.Equal("display", (string?)child!["type"]));
        });
    }

    [Fact]
    public void ChoiceItems_OfferEveryScalePointAsIntegerOption()
    {
        var item = AllianceFhirExport.Questionnaire(_catalogue.Find("wai-sr-patient")!, Base)["item"]![0]!;

        var options = item["answerOption"]!.AsArray();

        Assert.Equal([1, 2, 3, 4, 5], options.Select(o => (int)o!["valueInteger"]!));
        Assert.All(options, o => Assert.Single(o!.AsObject()));
    }

    [Fact]
    public void IntegerItems_CarryScaleLimitsAsMinAndMaxValueExtensions()
    {
        var item = AllianceFhirExport.Questionnaire(_catalogue.Find("peg-3")!, Base)["item"]![0]!;

        var limits = item["extension"]!.AsArray().ToDictionary(e => (string)e!["url"]!, e => (int)e!["valueInteger"]!);

        Assert.Equal(0, limits["http://hl7.org/fhir/StructureDefinition/minValue"]);
        Assert.Equal(10, limits["http://hl7.org/fhir/StructureDefinition/maxValue"]);
    }

    [Fact]
    public void QuestionnaireResponse_HasRequiredR4ElementsAndAnswersMatchingTheQuestionnaire()
    {
        var wai = _catalogue.Find("wai-sr-patient")!;
        var questionnaire = AllianceFhirExport.Questionnaire(wai, Base);
        var rating = new ExportRating(3, DateOf(3), Items(4, 4, 5, 3, 4, 4, 5, 3, 4, 4, 2, 4));

        var r = AllianceFhirExport.QuestionnaireResponse(wai, Base, "Patient/opaque-123", rating);

        Assert.Equal("QuestionnaireResponse", (string?)r["resourceType"]);
        Assert.Contains((string?)r["status"], _responseStatus);
        Assert.Equal("completed", (string?)r["status"]);
        Assert.Equal($"{questionnaire["url"]}|{questionnaire["version"]}", (string?)r["questionnaire"]);
        Assert.Equal("Patient/opaque-123", (string?)r["subject"]!["reference"]);
        Assert.Matches(FhirDateTime(), (string?)r["authored"]);
        var questionLinkIds = questionnaire["item"]!.AsArray().Select(i => (string?)i!["linkId"]).ToList();
        var answers = r["item"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(questionLinkIds, answers.Select(a => (string?)a["linkId"]));
        Assert.All(answers, a =>
        {
            var answer = Assert.Single(a["answer"]!.AsArray())!.AsObject();
            var value = Assert.Single(answer);
            Assert.Equal("valueInteger", value.Key);
            Assert.Equal(System.Text.Json.JsonValueKind.Number, value.Value!.GetValueKind());
            Assert.InRange((int)value.Value!, wai.ScaleMin, wai.ScaleMax);
        });
        Assert.Equal([4, 4, 5], answers.Take(3).Select(a => (int)a["answer"]![0]!["valueInteger"]!));
    }

    [Fact]
    public void QuestionnaireResponse_AuthoredTimeIncludesOffset()
    {
        var rating = new ExportRating(1, DateOf(1), Items(3)) { AuthoredAt = new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.FromHours(10)) };

        var r = AllianceFhirExport.QuestionnaireResponse(_catalogue.Find("pain-nrs")!, Base, "Patient/x", rating);

        Assert.Equal("2026-01-05T09:30:00+10:00", (string?)r["authored"]);
        Assert.Matches(FhirDateTime(), (string?)r["authored"]);
    }

    [Fact]
    public void AuthorReference_IsIncludedOnlyWhenGiven()
    {
        var nrs = _catalogue.Find("pain-nrs")!;
        var rating = new ExportRating(1, DateOf(1), Items(3));

        Assert.Equal("Practitioner/opaque-9", (string?)AllianceFhirExport.QuestionnaireResponse(nrs, Base, "Patient/x", rating, "Practitioner/opaque-9")["author"]!["reference"]);
        Assert.Null(AllianceFhirExport.QuestionnaireResponse(nrs, Base, "Patient/x", rating)["author"]);
    }

    [Fact]
    public void IncompleteRating_IsInProgressWithUnansweredAndOutOfScaleItemsLeftOut()
    {
        var r = AllianceFhirExport.QuestionnaireResponse(_catalogue.Find("peg-3")!, Base, "Patient/x", new ExportRating(1, DateOf(1), [5, null, 11]));

        Assert.Equal("in-progress", (string?)r["status"]);
        Assert.Equal(["1"], r["item"]!.AsArray().Select(i => (string?)i!["linkId"]));
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-\.]{1,64}$")]
    private static partial Regex FhirId();

    [GeneratedRegex(@"^[A-Z]([A-Za-z0-9_]){0,254}$")]
    private static partial Regex FhirName();

    // R4 dateTime regex from the specification (datatypes.html#dateTime).
    [GeneratedRegex(@"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$")]
    private static partial Regex FhirDateTime();
}
