using PainCare.Domain.Narratives;
using PainCare.Domain.Ratings;
using PainCare.Domain.Vignettes;
using PainCare.Testing;
using PainCare.Web.Features.Admin;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Caseload;
using PainCare.Web.Features.Handover;
using PainCare.Web.Features.Instruments;
using PainCare.Web.Features.Patients;
using PainCare.Web.Features.Reflection;
using PainCare.Web.Features.Search;
using PainCare.Web.Features.Sessions;
using PainCare.Web.Features.Sessions.Corrections;
using PainCare.Web.Features.Vignettes;

namespace PainCare.IntegrationTests.Audit;

/// <summary>One call of a service method and how many audit rows it must leave.</summary>
internal sealed record Probe(string Method, Func<AuditClinic, Task> Call, int Rows = 1)
{
    public string Key => Method.Split(' ')[0];
}

/// <summary>
/// One small call of every public feature-service method that touches the clinic's records, keyed
/// <c>Service.Method/parameter count</c>. A new public method fails <see cref="AuditCompletenessTests"/> until it is added
/// here (and records) or to <see cref="NoPatientData"/> with a reason. Calls run in this order on one database; whether a
/// call succeeds does not matter, only that it leaves its rows. A probe named with more after the key is a second call of
/// the same method that records another action.
/// </summary>
internal static class AuditProbes
{
    private static readonly Guid _nobody = Guid.CreateVersion7();

    private static readonly Dictionary<string, string> _keep = new() { ["Bunnings"] = "A national chain; it does not narrow down who she is." };

    public static IReadOnlyList<Probe> All { get; } =
    [
        new("PatientListService.GetPatientsAsync/2", c => c.Audited<PatientListService>().GetPatientsAsync(c.Sam)),
        new("CaseloadService.GetCaseloadAsync/2", c => c.Audited<CaseloadService>().GetCaseloadAsync(c.Sam)),
        new("PatientService.CreateAsync/3", c => c.Audited<PatientService>().CreateAsync(c.Sam, new PatientInput { GivenName = "Wren", FamilyName = "Audit", DateOfBirth = new DateOnly(1970, 1, 1) })),
        new("PatientService.GetAsync/3", c => c.Audited<PatientService>().GetAsync(c.Sam, c.Patient)),
        new("PatientService.GetForEditAsync/3", c => c.Audited<PatientService>().GetForEditAsync(c.Sam, c.Patient)),
        new("PatientService.UpdateAsync/4", async c => await c.Audited<PatientService>().UpdateAsync(c.Sam, c.Patient, (await c.Quiet<PatientService>().GetForEditAsync(c.Sam, c.Patient))!)),
        new("AllianceTrendService.GetAsync/3", c => c.Audited<AllianceTrendService>().GetAsync(c.Sam, c.Patient)),
        new("AllianceExportService.CsvAsync/4", c => c.Audited<AllianceExportService>().CsvAsync(c.Sam, c.Patient, RaterRole.Patient)),
        new("AllianceExportService.FhirBundleAsync/3", c => c.Audited<AllianceExportService>().FhirBundleAsync(c.Sam, c.Patient)),
        new("SessionRecordService.PatientNameAsync/3", c => c.Audited<SessionRecordService>().PatientNameAsync(c.Sam, c.Patient)),
        new("SessionRecordService.RecordAsync/4", c => c.Audited<SessionRecordService>().RecordAsync(c.Sam, c.Patient, new SessionInput { Date = new DateOnly(2026, 11, 2), StartTime = new TimeOnly(9, 0) })),
        new("NarrativeService.GetAsync/3", c => c.Audited<NarrativeService>().GetAsync(c.Sam, c.AttendedSession)),
        new("NarrativeService.SaveDraftAsync/6", async c => await c.Audited<NarrativeService>().SaveDraftAsync(c.Sam, c.AttendedSession, "She walked in more easily today.", await RevisionAsync(c))),
        new("NarrativeService.SaveDraftAsync/6 resolving a conflict", async c => await c.Audited<NarrativeService>().SaveDraftAsync(c.Sam, c.AttendedSession, "She walked in more easily.", await RevisionAsync(c), SaveKind.ConflictResolution)),
        new("NoteHistoryService.GetAsync/5", c => c.Audited<NoteHistoryService>().GetAsync(c.Sam, c.AttendedSession, null, null)),
        new("ObservationService.AddAsync/4", c => c.Audited<ObservationService>().AddAsync(c.Sam, c.AttendedSession, new ObservationInput(ObservationKind.OwnWords, null, "“easier”", null, null, null))),
        new("ObservationService.RemoveAsync/4", c => c.Audited<ObservationService>().RemoveAsync(c.Sam, c.AttendedSession, _nobody)),
        new("ReflectionPanelService.GetContextAsync/4", c => c.Audited<ReflectionPanelService>().GetContextAsync(c.Sam, c.AttendedSession, [])),
        new("ReflectionPanelService.GetResponsesAsync/3", c => c.Audited<ReflectionPanelService>().GetResponsesAsync(c.Sam, c.AttendedSession)),
        new("ReflectionPanelService.RespondAsync/5", RespondAsync),
        new("NarrativeSearchService.SearchAsync/4", c => c.Audited<NarrativeSearchService>().SearchAsync(c.Sam, "walked")),
        new("PatientRatingService.GetAsync/3", c => c.Audited<PatientRatingService>().GetAsync(c.Sam, c.AttendedSession)),
        new("PatientRatingService.GetAsync/4", c => c.Audited<PatientRatingService>().GetAsync(c.Sam, c.AttendedSession, RaterRole.Clinician)),
        new("PatientRatingService.GetStatusAsync/3", c => c.Audited<PatientRatingService>().GetStatusAsync(c.Sam, c.AttendedSession)),
        new("PatientRatingService.SubmitAsync/4", c => c.Audited<PatientRatingService>().SubmitAsync(c.Sam, c.AttendedSession, [])),
        new("PatientRatingService.SubmitAsync/5", c => c.Audited<PatientRatingService>().SubmitAsync(c.Sam, c.AttendedSession, RaterRole.Clinician, [])),
        new("RatingLinkService.CanLinkAsync/3", c => c.Audited<RatingLinkService>().CanLinkAsync(c.Sam, c.AttendedSession)),
        new("RatingLinkService.CreateAsync/3", c => c.Audited<RatingLinkService>().CreateAsync(c.Sam, c.AttendedSession)),
        new("RatingLinkService.SubmitAsync/3", c => c.Audited<RatingLinkService>().SubmitAsync(new string('x', 43), [])),
        new("RatingLinkService.RefuseUnusableLinkAsync/1", c => c.Audited<RatingLinkService>().RefuseUnusableLinkAsync()),
        new("NarrativeService.SignOffAsync/4", async c => await c.Audited<NarrativeService>().SignOffAsync(c.Sam, c.AttendedSession, await RevisionAsync(c))),
        new("NarrativeService.AddAddendumAsync/4", c => c.Audited<NarrativeService>().AddAddendumAsync(c.Sam, c.SignedSession, "Phoned the next day: no flare.")),
        new("VignetteComposer.GetSourcesAsync/3", c => c.Audited<VignetteComposer>().GetSourcesAsync(c.Sam, c.Patient)),
        new("VignetteComposer.DraftAsync/6", c => c.Audited<VignetteComposer>().DraftAsync(c.Sam, c.Patient, [c.SignedSession], false, "A first meeting")),
        new("VignetteComposer.GetAsync/3", async c => await c.Audited<VignetteComposer>().GetAsync(c.Sam, await VignetteAsync(c))),
        new("VignetteComposer.SaveAsync/5", async c => await c.Audited<VignetteComposer>().SaveAsync(c.Sam, await VignetteAsync(c), "A first meeting", "They met at Bunnings and talked about walking.")),
        new("VignetteComposer.ReplaceFlaggedAsync/4", async c => await c.Audited<VignetteComposer>().ReplaceFlaggedAsync(c.Sam, await VignetteAsync(c), ["Bunnings"])),
        new("VignetteComposer.SubmitAsync/6", async c => await c.Audited<VignetteComposer>().SubmitAsync(c.Sam, await VignetteAsync(c), c.Supervisor, reviewed: true)),
        new("VignetteComposer.SubmitAsync/6 keeping a detail", async c => await c.Audited<VignetteComposer>().SubmitAsync(c.Sam, await VignetteAsync(c), c.Supervisor, reviewed: true, _keep), Rows: 2),
        new("SupervisionService.AuthoredAsync/2", c => c.Audited<SupervisionService>().AuthoredAsync(c.Sam)),
        new("SupervisionService.AssignedAsync/2", c => c.Audited<SupervisionService>().AssignedAsync(c.Supervisor)),
        new("SupervisionService.GetAsync/3", async c => await c.Audited<SupervisionService>().GetAsync(c.Supervisor, await VignetteAsync(c))),
        new("SupervisionService.CommentAsync/4", async c => await c.Audited<SupervisionService>().CommentAsync(c.Supervisor, await VignetteAsync(c), "What did walking mean to them?")),
        new("SupervisionService.ReturnForChangesAsync/3", async c => await c.Audited<SupervisionService>().ReturnForChangesAsync(c.Supervisor, await VignetteAsync(c))),
        new("SupervisionService.WithdrawAsync/3", async c => await c.Audited<SupervisionService>().WithdrawAsync(c.Sam, await VignetteAsync(c))),
        new("SupervisionService.SetStatusAsync/4", async c => await c.Audited<SupervisionService>().SetStatusAsync(c.Supervisor, await VignetteAsync(c), VignetteStatus.Closed)),
        new("UserAdminService.EndSessionsAsync/3", c => c.Audited<UserAdminService>().EndSessionsAsync(c.Admin, c.Supervisor)),
        new("UserAdminService.ResetTwoFactorAsync/3", c => c.Audited<UserAdminService>().ResetTwoFactorAsync(c.Admin, c.Supervisor)),
        new("UserAdminService.SetDisabledAsync/4", c => c.Audited<UserAdminService>().SetDisabledAsync(c.Admin, c.Supervisor, true)),
        new("SessionCorrectionService.GetFormAsync/3", c => c.Audited<SessionCorrectionService>().GetFormAsync(c.Sam, c.AttendedSession)),
        new("SessionCorrectionService.CorrectAsync/4", c => c.Audited<SessionCorrectionService>().CorrectAsync(c.Sam, c.AttendedSession, new SessionCorrectionInput(new DateOnly(2026, 11, 2), new TimeOnly(9, 0), 45, Domain.Sessions.Attendance.Attended, 5, 3, SeenVersion: 0))),
        new("SessionCorrectionService.CorrectAsync/4 changing every field", CorrectEveryFieldAsync, Rows: 5),
        new("SessionDeletionService.DeleteAsync/4", c => c.Audited<SessionDeletionService>().DeleteAsync(c.Sam, c.SignedSession, 0)),
        new("NoteRestoreService.RestoreAsync/5", c => c.Audited<NoteRestoreService>().RestoreAsync(c.Sam, c.SignedSession, 1, 1)),
        new("UserAdminService.AddUserAsync/3", c => c.Audited<UserAdminService>().AddUserAsync(c.Admin, new NewUser("Audit Probe", "audit.probe@paincare.test", PainCare.Data.Identity.Roles.Supervisor))),
        new("UserAdminService.ChangeRoleAsync/4", c => c.Audited<UserAdminService>().ChangeRoleAsync(c.Admin, c.Supervisor, PainCare.Data.Identity.Roles.Clinician)),
        new("UserAdminService.ResetPasswordAsync/3", c => c.Audited<UserAdminService>().ResetPasswordAsync(c.Admin, c.Supervisor)),
        new("RatingFormAdminService.ImportAsync/6", c => c.Audited<RatingFormAdminService>().ImportAsync(c.Admin, "bond.json", LicensedFormFiles.Patient(), "Example Licensing Ltd", "Single-clinic licence")),
        new("RatingFormAdminService.EnableAsync/3", async c => await c.Audited<RatingFormAdminService>().EnableAsync(c.Admin, await ImportAsync(c))),
        new("RatingFormAdminService.ChooseAsync/3", c => c.Audited<RatingFormAdminService>().ChooseAsync(c.Admin, LicensedFormFiles.PatientId)),
        new("RatingFormAdminService.DisableAsync/3", async c => await c.Audited<RatingFormAdminService>().DisableAsync(c.Admin, await ImportAsync(c))),
    ];

    /// <summary>Public methods that read or change no patient's record, and why.</summary>
    public static IReadOnlyDictionary<string, string> NoPatientData { get; } = new Dictionary<string, string>
    {
        ["UserAdminService.GetUsersAsync/1"] = "staff accounts only; each change to one is recorded",
        ["ReflectionRuleStatsService.GetAsync/1"] = "counts per reflection rule across the clinic, no patient or session",
        ["AuditQueryService.GetPageAsync/3"] = "the trail's own rows (opaque ids), admin only",
        ["AuditQueryService.GetForExportAsync/2"] = "the trail's own rows; its endpoint records audit.export with the admin's id",
        ["RatingFormAdminService.GetOverviewAsync/1"] = "the clinic's rating-form definitions",
        ["RatingFormAdminService.PreviewImportAsync/2"] = "one imported form definition",
        ["RatingFormAdminService.PreviewInUse/1"] = "one shipped form definition, from memory",
        ["VignetteComposer.SupervisorsAsync/1"] = "the names of staff who supervise",
        ["ReflectionPanelService.Prompts/2"] = "runs the rules over text the page already holds; reads and writes nothing",
        ["ReflectionPanelService.Shown/3"] = "chooses among prompts the page already holds; reads and writes nothing",
        ["NoteRestoreService.GetStateAsync/3"] = "whether the note is signed and its revision number, asked inside the session page whose read is recorded",
        ["SessionDeletionService.CheckAsync/3"] = "what blocks deleting (counts, no content), asked inside the session page whose read is recorded",
        ["RatingLinkService.OpenAsync/2"] = "the patient opening their own one-time link: no member of staff reads anything; the answers they send are recorded",
    };

    /// <summary>Feature classes that open the database but hold no patient data at all.</summary>
    public static IReadOnlyDictionary<string, string> NoPatientDataClasses { get; } = new Dictionary<string, string>
    {
        ["AuditTrail"] = "the trail itself",
        ["AuthenticatorCodes"] = "staff two-factor codes",
        ["ServerSessions"] = "staff sign-in sessions; sign-ins are recorded by the sign-in pages",
        ["ClinicForms"] = "the rating forms in use, loaded for every node",
    };

    private static async Task<int> RevisionAsync(AuditClinic c) =>
        (await c.Quiet<NarrativeService>().GetAsync(c.Sam, c.AttendedSession))!.Note.Revision;

    private static async Task<Guid> VignetteAsync(AuditClinic c) =>
        (await c.Quiet<SupervisionService>().AuthoredAsync(c.Sam)).First().Id;

    private static async Task<Guid> ImportAsync(AuditClinic c) =>
        (await c.Quiet<RatingFormAdminService>().GetOverviewAsync()).Imports.First().Id;

    /// <summary>A session recorded with no narrative, then corrected in every field: one row per field, never the values.</summary>
    private static async Task CorrectEveryFieldAsync(AuditClinic c)
    {
        var recorded = new SessionInput { Date = new DateOnly(2026, 11, 3), StartTime = new TimeOnly(9, 0), Attendance = Domain.Sessions.Attendance.Attended, PainBefore = "6", PainAfter = "4" };
        var sessionId = (await c.Quiet<SessionRecordService>().RecordAsync(c.Sam, c.Patient, recorded)).SessionId!.Value;
        var form = (await c.Quiet<SessionCorrectionService>().GetFormAsync(c.Sam, sessionId))!;
        await c.Audited<SessionCorrectionService>().CorrectAsync(
            c.Sam, sessionId, new SessionCorrectionInput(new DateOnly(2026, 11, 4), new TimeOnly(10, 30), form.DurationMinutes + 15, Domain.Sessions.Attendance.DidNotAttend, null, null, form.Version));
    }

    private static async Task RespondAsync(AuditClinic c)
    {
        var panel = c.Quiet<ReflectionPanelService>();
        var context = (await panel.GetContextAsync(c.Sam, c.AttendedSession, []))!;
        var prompt = panel.Prompts("When I touched her hip she recoiled and held her breath.", context).First();
        await c.Audited<ReflectionPanelService>().RespondAsync(c.Sam, c.AttendedSession, prompt, r => r.IsPinned = true);
    }
}
