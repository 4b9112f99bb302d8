namespace PainCare.Web.Features.Audit;

/// <summary>The audit trail's vocabulary. Filters on the admin page offer exactly these.</summary>
public static class AuditActions
{
    public const string PatientRead = "patient.read";
    public const string PatientCreate = "patient.create";
    public const string PatientUpdate = "patient.update";
    public const string SessionRead = "session.read";
    public const string SessionCreate = "session.create";
    public const string NoteRead = "note.read";
    public const string NoteSave = "note.save";
    public const string NoteSign = "note.sign";
    public const string NoteAddendum = "note.addendum";
    public const string TrendRead = "trend.read";
    public const string RatingSubmit = "rating.submit";
    public const string ExportCsv = "export.csv";
    public const string ExportFhir = "export.fhir";
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    public const string AccessDenied = "access.denied";
    public const string AuditExport = "audit.export";
    public const string VignetteRead = "vignette.read";
    public const string VignetteCreate = "vignette.create";
    public const string VignetteSubmit = "vignette.submit";
    public const string VignetteComment = "vignette.comment";
    public const string VignetteDetailKept = "vignette.detail-kept";
    public const string UserSessionsEnded = "user.sessions-ended";
    public const string UserDisabled = "user.access-changed";
    public const string UserTwoFactorReset = "user.two-factor-reset";
    public const string CaseloadRead = "caseload.read";
    public const string PatientListRead = "patient.list";
    public const string NoteConflictResolved = "note.conflict-resolved";
    public const string ObservationAdd = "observation.add";
    public const string ObservationRemove = "observation.remove";
    public const string ReflectionRespond = "reflection.respond";
    public const string VignetteSourcesRead = "vignette.sources-read";
    public const string VignetteEdit = "vignette.edit";
    public const string VignetteStatusChange = "vignette.status";
    public const string VignetteListRead = "vignette.list";
    public const string RatingLinkCreate = "rating-link.create";
    public const string NarrativeSearch = "narrative.search";
    public const string InstrumentImport = "instrument.import";
    public const string InstrumentEnable = "instrument.enable";
    public const string InstrumentDisable = "instrument.disable";
    public const string RatingFormChoose = "instrument.choose";
    public const string UserAdded = "user.added";
    public const string UserRoleChanged = "user.role-changed";
    public const string UserPasswordReset = "user.password-reset";
    public const string PasswordChanged = "password.changed";

    /// <summary>A correction that changed nothing (refused, stale or not found); a successful one writes a row per field below.</summary>
    public const string SessionCorrect = "session.correct";
    public const string SessionCorrectTime = "session.correct.time";
    public const string SessionCorrectDuration = "session.correct.duration";
    public const string SessionCorrectAttendance = "session.correct.attendance";
    public const string SessionCorrectPainBefore = "session.correct.pain-before";
    public const string SessionCorrectPainAfter = "session.correct.pain-after";
    public const string SessionDelete = "session.delete";
    public const string NoteRestore = "note.restore";

    public static IReadOnlyList<string> All { get; } =
    [
        PatientRead, PatientCreate, PatientUpdate, SessionRead, SessionCreate, NoteRead, NoteSave, NoteSign, NoteAddendum,
        TrendRead, RatingSubmit, ExportCsv, ExportFhir, SignInSucceeded, SignInFailed, AccessDenied, AuditExport,
        VignetteRead, VignetteCreate, VignetteSubmit, VignetteComment, VignetteDetailKept, UserSessionsEnded, UserDisabled, UserTwoFactorReset,
        CaseloadRead, PatientListRead, NoteConflictResolved, ObservationAdd, ObservationRemove, ReflectionRespond, VignetteSourcesRead,
        VignetteEdit, VignetteStatusChange, VignetteListRead, RatingLinkCreate, NarrativeSearch,
        InstrumentImport, InstrumentEnable, InstrumentDisable, RatingFormChoose,
        UserAdded, UserRoleChanged, UserPasswordReset, PasswordChanged,
        SessionCorrect, SessionCorrectTime, SessionCorrectDuration, SessionCorrectAttendance, SessionCorrectPainBefore, SessionCorrectPainAfter,
        SessionDelete, NoteRestore,
    ];

    /// <summary>
    /// Actions recorded once per window for the same user, record and outcome: a prerendered page reads its record again
    /// when its circuit starts, and an editor autosaves every few seconds (ADR 0270).
    /// </summary>
    public static IReadOnlySet<string> Coalesced { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        PatientRead, SessionRead, NoteRead, TrendRead, CaseloadRead, PatientListRead, VignetteRead, VignetteSourcesRead, VignetteListRead, NoteSave,
    };
}

public static class AuditOutcomes
{
    public const string Succeeded = "succeeded";
    public const string Denied = "denied";
    public const string Failed = "failed";
    public const string NotFound = "not-found";

    public static IReadOnlyList<string> All { get; } = [Succeeded, Denied, Failed, NotFound];
}

public static class AuditEntities
{
    public const string Patient = "patient";
    public const string Session = "session";
    public const string Route = "route";
    public const string User = "user";
    public const string AuditTrail = "audit";
    public const string Vignette = "vignette";
    public const string Observation = "observation";
    public const string Instrument = "instrument";

    /// <summary>A search's row names how many results it gave, never the search text.</summary>
    public const string SearchResults = "search-results";
}
