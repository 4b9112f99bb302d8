using System.Security.Cryptography;
using System.Text;

namespace PainCare.Web.Features.Audit;

/// <summary>The audit trail in words for the admin page (issue 14); the CSV export keeps the stable codes.</summary>
public static class AuditWords
{
    private static readonly Dictionary<string, string> _actions = new(StringComparer.Ordinal)
    {
        [AuditActions.PatientRead] = "Opened the patient record",
        [AuditActions.PatientCreate] = "Added a patient",
        [AuditActions.PatientUpdate] = "Changed the patient record",
        [AuditActions.SessionRead] = "Opened a session",
        [AuditActions.SessionCreate] = "Recorded a session",
        [AuditActions.NoteRead] = "Opened the session note",
        [AuditActions.NoteSave] = "Saved the session note",
        [AuditActions.NoteSign] = "Signed the session note",
        [AuditActions.NoteAddendum] = "Added an addendum to the note",
        [AuditActions.TrendRead] = "Viewed the patient's trend",
        [AuditActions.RatingSubmit] = "Patient submitted a rating",
        [AuditActions.ExportCsv] = "Exported ratings (CSV)",
        [AuditActions.ExportFhir] = "Exported ratings (FHIR)",
        [AuditActions.SignInSucceeded] = "Signed in",
        [AuditActions.SignInFailed] = "Failed to sign in",
        [AuditActions.AccessDenied] = "Was refused a page",
        [AuditActions.AuditExport] = "Exported the audit trail",
        [AuditActions.VignetteRead] = "Opened a supervision vignette",
        [AuditActions.VignetteCreate] = "Drafted a supervision vignette",
        [AuditActions.VignetteSubmit] = "Submitted a vignette for supervision",
        [AuditActions.VignetteComment] = "Commented on a vignette",
        [AuditActions.VignetteDetailKept] = "Kept a flagged detail in a vignette",
        [AuditActions.UserSessionsEnded] = "Ended a user's sessions",
        [AuditActions.UserDisabled] = "Disabled or enabled a user",
        [AuditActions.UserTwoFactorReset] = "Reset a user's two-factor sign-in",
        [AuditActions.UserAdded] = "Added a user",
        [AuditActions.UserRoleChanged] = "Changed a user's role",
        [AuditActions.UserPasswordReset] = "Reset a user's password",
        [AuditActions.PasswordChanged] = "Changed their own password",
        [AuditActions.CaseloadRead] = "Opened their caseload",
        [AuditActions.PatientListRead] = "Opened the patient list",
        [AuditActions.NoteConflictResolved] = "Resolved a conflict in a note",
        [AuditActions.ObservationAdd] = "Added an observation to a note",
        [AuditActions.ObservationRemove] = "Removed an observation from a note",
        [AuditActions.ReflectionRespond] = "Responded to a reflection prompt",
        [AuditActions.VignetteSourcesRead] = "Chose sessions for a vignette",
        [AuditActions.VignetteEdit] = "Edited a supervision vignette",
        [AuditActions.VignetteStatusChange] = "Changed a vignette's status",
        [AuditActions.VignetteListRead] = "Opened a list of vignettes",
        [AuditActions.RatingLinkCreate] = "Made a home rating link",
        [AuditActions.NarrativeSearch] = "Searched their notes",
        [AuditActions.InstrumentImport] = "Imported a rating form",
        [AuditActions.InstrumentEnable] = "Enabled a rating form",
        [AuditActions.InstrumentDisable] = "Disabled a rating form",
        [AuditActions.RatingFormChoose] = "Chose the form patients rate with",
        [AuditActions.SessionCorrect] = "Corrected a session",
        [AuditActions.SessionCorrectTime] = "Corrected a session's date or time",
        [AuditActions.SessionCorrectDuration] = "Corrected a session's duration",
        [AuditActions.SessionCorrectAttendance] = "Corrected a session's attendance",
        [AuditActions.SessionCorrectPainBefore] = "Corrected the pain before a session",
        [AuditActions.SessionCorrectPainAfter] = "Corrected the pain after a session",
        [AuditActions.SessionDelete] = "Deleted a session recorded by mistake",
        [AuditActions.NoteRestore] = "Restored an earlier version of a note",
    };

    private static readonly Dictionary<string, string> _outcomes = new(StringComparer.Ordinal)
    {
        [AuditOutcomes.Succeeded] = "Done",
        [AuditOutcomes.Denied] = "Refused",
        [AuditOutcomes.Failed] = "Failed",
        [AuditOutcomes.NotFound] = "Not found",
    };

    public static string Action(string code) => _actions.GetValueOrDefault(code, code);

    public static string Outcome(string code) => _outcomes.GetValueOrDefault(code, code);

    /// <summary>
    /// A short, stable reference for a patient that names no one (ADR 0300): "P-" and eight characters of an HMAC-SHA256 of
    /// the patient id under the clinic's reference key, so the trail can be matched to a record without showing the name.
    /// </summary>
    public static string PatientReference(string patientId, byte[] key)
    {
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(patientId.ToLowerInvariant()));
        const string alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
        var chars = hash.Take(8).Select(b => alphabet[b % alphabet.Length]);
        return "P-" + new string([.. chars]);
    }
}
