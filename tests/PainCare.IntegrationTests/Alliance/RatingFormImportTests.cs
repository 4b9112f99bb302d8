using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PainCare.Domain.Alliance;
using PainCare.IntegrationTests.Audit;
using PainCare.IntegrationTests.Narratives;
using PainCare.Testing;
using PainCare.Web.Features.Audit;
using PainCare.Web.Features.Handover;
using PainCare.Web.Features.Instruments;

namespace PainCare.IntegrationTests.Alliance;

/// <summary>An administrator's import, preview, enable and choice of a licensed form, on the test engine's database.</summary>
public sealed class RatingFormImportTests
{
    [Fact]
    public async Task LicensedForm_ReachesPatientsOnlyOnceEnabledAndChosen_WithItsLicenceOnTheForm()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (admin, forms, audit) = await AdminAsync(clinic);

        var imported = await admin.service.ImportAsync(admin.id, "bond.json", LicensedFormFiles.Patient(), "Example Licensing Ltd", "Single-clinic licence");
        var preview = await admin.service.PreviewImportAsync(imported.ImportId!.Value);
        Assert.Equal(InstrumentCatalogue.CheckInId, forms.Analyser.InstrumentId);
        Assert.Equal(("Invented test question two?", "Example Licensing Ltd"), (preview!.Definition.Items[1].Text, preview.Definition.LicenceHolder));

        Assert.True((await admin.service.EnableAsync(admin.id, imported.ImportId.Value)).Done);
        Assert.Equal(InstrumentCatalogue.CheckInId, forms.Analyser.InstrumentId);
        Assert.True((await admin.service.ChooseAsync(admin.id, LicensedFormFiles.PatientId)).Done);

        var sessionId = await AttendedSessionAsync(clinic);
        var handover = await new PatientRatingService(clinic.Contexts, forms.Analyser, TimeProvider.System, NoAuditTrail.Instance).GetAsync(clinic.Sam, sessionId);
        Assert.Equal((LicensedFormFiles.PatientId, "Example Licensing Ltd", (RatingRefusal?)null), (handover!.Instrument.Id, handover.Instrument.LicenceHolder, handover.Refusal));
        Assert.Equal(
            [(AuditActions.InstrumentImport, AuditOutcomes.Succeeded), (AuditActions.InstrumentEnable, AuditOutcomes.Succeeded), (AuditActions.RatingFormChoose, AuditOutcomes.Succeeded)],
            audit.Entries.Select(e => (e.Action, e.Outcome)));
    }

    [Fact]
    public async Task InvalidFile_IsRefusedNamingTheField_StoresNothing_AndIsAudited()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (admin, _, audit) = await AdminAsync(clinic);

        var refused = await admin.service.ImportAsync(admin.id, "bond.json", LicensedFormFiles.Patient().Replace("\"scale\"", "\"scales\"", StringComparison.Ordinal), "holder", "terms");

        Assert.Equal((InstrumentRefusal.Invalid, "scales: unknown field"), (refused.Refusal, refused.Reason));
        await using var db = clinic.Database.CreateContext();
        Assert.Equal(0, await db.ClinicInstruments.CountAsync());
        Assert.Equal((AuditActions.InstrumentImport, AuditOutcomes.Failed), (audit.Entries.Single().Action, audit.Entries.Single().Outcome));
    }

    [Fact]
    public async Task PlaceholderWording_CanBeImportedForPreview_ButNeverEnabledOrChosen()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (admin, forms, _) = await AdminAsync(clinic);

        var imported = await admin.service.ImportAsync(admin.id, "bond.json", LicensedFormFiles.Placeholder(), "holder", "terms");

        Assert.Equal(InstrumentRefusal.PlaceholderWording, (await admin.service.EnableAsync(admin.id, imported.ImportId!.Value)).Refusal);
        Assert.Equal(InstrumentRefusal.PlaceholderWording, (await admin.service.ChooseAsync(admin.id, "wai-sr-patient")).Refusal);
        Assert.Null(forms.Catalogue.Find(LicensedFormFiles.PatientId));
    }

    [Fact]
    public async Task Pair_IsEnabledTogether_ANewerImportReplacesTheOlder_AndDisablingReturnsPatientsToTheSettingsForm()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (admin, forms, _) = await AdminAsync(clinic);
        var first = (await admin.service.ImportAsync(admin.id, "patient.json", LicensedFormFiles.Patient("licensed-1", LicensedFormFiles.ClinicianId), "holder", "terms")).ImportId!.Value;
        await admin.service.ImportAsync(admin.id, "clinician.json", LicensedFormFiles.Clinician(), "holder", "terms");

        Assert.True((await admin.service.EnableAsync(admin.id, first)).Done);
        Assert.True((await admin.service.ChooseAsync(admin.id, LicensedFormFiles.PatientId)).Done);
        Assert.Equal(LicensedFormFiles.ClinicianId, forms.Analyser.Instruments.Clinician!.Id);

        var second = (await admin.service.ImportAsync(admin.id, "patient-2.json", LicensedFormFiles.Patient("licensed-2", LicensedFormFiles.ClinicianId), "holder", "terms")).ImportId!.Value;
        Assert.True((await admin.service.EnableAsync(admin.id, second)).Done);
        Assert.Equal("licensed-2", forms.Analyser.Instruments.Patient.Version);
        Assert.Equal(ClinicInstrumentStatus.Disabled, (await admin.service.PreviewImportAsync(first))!.Import!.Status);

        Assert.True((await admin.service.DisableAsync(admin.id, second)).Done);
        Assert.Equal(InstrumentCatalogue.CheckInId, forms.Analyser.InstrumentId);
        Assert.Null(forms.Catalogue.Find(LicensedFormFiles.ClinicianId));
        Assert.Equal(InstrumentRefusal.Unchanged, (await admin.service.DisableAsync(admin.id, second)).Refusal);
    }

    [Fact]
    public async Task AnotherNode_SeesTheChoiceWhenItRefreshes()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var (admin, _, _) = await AdminAsync(clinic);
        var otherNode = new ClinicForms(InstrumentCatalogue.LoadDefaults(), null, clinic.Contexts, NullLogger<ClinicForms>.Instance);
        var id = (await admin.service.ImportAsync(admin.id, "bond.json", LicensedFormFiles.Patient(), "holder", "terms")).ImportId!.Value;
        await admin.service.EnableAsync(admin.id, id);
        await admin.service.ChooseAsync(admin.id, LicensedFormFiles.PatientId);

        Assert.Equal(InstrumentCatalogue.CheckInId, otherNode.Analyser.InstrumentId);
        await otherNode.RefreshAsync();
        Assert.Equal(LicensedFormFiles.PatientId, otherNode.Analyser.InstrumentId);
    }

    private static async Task<((RatingFormAdminService service, string id) Admin, ClinicForms Forms, RecordingAuditTrail Audit)> AdminAsync(ClinicFixture clinic)
    {
        await using var db = clinic.Database.CreateContext();
        var adminId = await db.Users.Where(u => u.Email == "admin@paincare.test").Select(u => u.Id).SingleAsync();
        var forms = new ClinicForms(InstrumentCatalogue.LoadDefaults(), null, clinic.Contexts, NullLogger<ClinicForms>.Instance);
        await forms.RefreshAsync();
        var audit = new RecordingAuditTrail();
        return ((new RatingFormAdminService(clinic.Contexts, forms, audit, TimeProvider.System), adminId), forms, audit);
    }

    private static async Task<Guid> AttendedSessionAsync(ClinicFixture clinic)
    {
        await using var db = clinic.Database.CreateContext();
        return await db.Sessions
            .Where(s => s.Patient.ClinicianId == clinic.Sam && s.Attendance == Domain.Sessions.Attendance.Attended)
            .OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync();
    }
}
