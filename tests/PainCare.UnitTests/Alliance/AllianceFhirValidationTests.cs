using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using PainCare.Domain.Alliance;
using PainCare.Web.Features.Alliance.Fhir;
using Xunit.Abstractions;
using static PainCare.UnitTests.Alliance.AllianceTestData;
using IssueSeverity = Hl7.Fhir.Model.OperationOutcome.IssueSeverity;

namespace PainCare.UnitTests.Alliance;

/// <summary>
/// The exported Bundle, as read back from its JSON, checked by Firely's validator against the base R4 profiles
/// (specification.zip from Hl7.Fhir.Specification.Data.R4). Errors fail; warnings are written to the test output.
/// </summary>
public sealed class AllianceFhirValidationTests(ITestOutputHelper output)
{
    private const string Base = "https://clinic.example/fhir";

    // Loading the specification takes seconds; the tests of one class run one after another, as the validator needs.
    private static readonly Lazy<Validator> _validator = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, LocalTerminologyService.CreateDefaultForCore(resolver));
    });

    [Fact]
    public void ExportedBundle_ConformsToTheBaseR4Profiles()
    {
        var catalogue = InstrumentCatalogue.LoadDefaults();
        var session = Guid.NewGuid();
        var bundle = AllianceFhirBundle.Create(Base, $"Patient/{Guid.NewGuid()}", [
            new RatedInstrument(catalogue.Find("wai-sr-patient")!, [
                new ExportRating(1, DateOf(1), Items(4, 4, 5, 3, 4, 4, 5, 3, 4, 4, 2, 4)) { SessionId = session, AuthoredAt = new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.FromHours(10)) },
                new ExportRating(2, DateOf(2), [4, null, 9]),
            ]),
            new RatedInstrument(catalogue.Find("wai-sr-clinician")!, [new ExportRating(1, DateOf(1), Items(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3)) { SessionId = session }]),
            new RatedInstrument(catalogue.Find("peg-3")!, [new ExportRating(1, DateOf(1), Items(7, 4, 4))]),
            new RatedInstrument(catalogue.Find("pain-nrs")!, [new ExportRating(1, DateOf(1), Items(6))]),
        ]);

        var issues = Validate(AllianceFhirBundle.Parse(AllianceFhirBundle.ToJson(bundle)));

        foreach (var issue in issues)
        {
            output.WriteLine($"{issue.Severity}: {issue.Details?.Text} at {string.Join(", ", issue.Expression)}");
        }

        Assert.DoesNotContain(issues, i => i.Severity is IssueSeverity.Error or IssueSeverity.Fatal);
    }

    [Fact]
    public void ExportedBundle_UnderTheDefaultUrnBase_AlsoConforms()
    {
        var bundle = AllianceFhirBundle.Create("urn:paincare:fhir", "Patient/x", [new RatedInstrument(InstrumentCatalogue.LoadDefaults().Find("pain-nrs")!, [new ExportRating(1, DateOf(1), Items(6))])]);

        var issues = Validate(AllianceFhirBundle.Parse(AllianceFhirBundle.ToJson(bundle)));

        Assert.DoesNotContain(issues, i => i.Severity is IssueSeverity.Error or IssueSeverity.Fatal);
    }

    [Fact]
    public void CheckInBundle_Conforms_AndEveryResponseNamesItsSessionAndQuestionnaire()
    {
        var catalogue = InstrumentCatalogue.LoadDefaults();
        var sessions = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var bundle = AllianceFhirBundle.Create(Base, $"Patient/{Guid.NewGuid()}", [
            new RatedInstrument(catalogue.Find(InstrumentCatalogue.CheckInId)!, [
                new ExportRating(1, DateOf(1), Items(4, 4, 5, 3, 4, 4)) { SessionId = sessions[0], AuthoredAt = new DateTimeOffset(2026, 1, 5, 10, 20, 0, TimeSpan.FromHours(10)) },
                new ExportRating(2, DateOf(2), Items(5, 4, 5, 4, 4, 5)) { SessionId = sessions[1] },
            ]),
            new RatedInstrument(catalogue.Find("paincare-checkin-clinician")!, [new ExportRating(1, DateOf(1), Items(4, 4, 4, 4, 4, 4)) { SessionId = sessions[0] }]),
        ]);
        var read = AllianceFhirBundle.Parse(AllianceFhirBundle.ToJson(bundle));

        var issues = Validate(read);

        Assert.DoesNotContain(issues, i => i.Severity is IssueSeverity.Error or IssueSeverity.Fatal);
        var responses = read.Entry.Select(e => e.Resource).OfType<QuestionnaireResponse>().ToList();
        Assert.Equal([$"Encounter/{sessions[0]}", $"Encounter/{sessions[1]}", $"Encounter/{sessions[0]}"], responses.Select(r => r.Encounter?.Reference));
        Assert.Equal(
            [$"{Base}/Questionnaire/paincare-checkin|1", $"{Base}/Questionnaire/paincare-checkin|1", $"{Base}/Questionnaire/paincare-checkin-clinician|1"],
            responses.Select(r => r.Questionnaire));
        Assert.All(read.Entry.Select(e => e.Resource).OfType<Questionnaire>(), q =>
        {
            Assert.Equal(PublicationStatus.Active, q.Status);
            Assert.StartsWith("PainCare's own check-in, not a validated measure.", q.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Validator_RejectsAQuestionnaireItemWithoutItsRequiredLinkId()
    {
        var bundle = AllianceFhirBundle.Create(Base, "Patient/x", [new RatedInstrument(InstrumentCatalogue.LoadDefaults().Find("peg-3")!, [])]);
        Assert.DoesNotContain(Validate(bundle), i => i.Severity is IssueSeverity.Error or IssueSeverity.Fatal);

        ((Questionnaire)bundle.Entry[0].Resource!).Item[0].LinkId = null;

        Assert.Contains(Validate(bundle), i => i.Severity is IssueSeverity.Error or IssueSeverity.Fatal);
    }

    private static List<OperationOutcome.IssueComponent> Validate(Bundle bundle) => _validator.Value.Validate(bundle).Issue;
}
