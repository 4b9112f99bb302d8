using PainCare.Data;
using PainCare.Testing;
using PainCare.Web.Hosting;

namespace PainCare.IntegrationTests.Performance;

/// <summary>A GET route, who asks for it and for which record, the status it answers and the database commands it may send.</summary>
public sealed record PageBudget(string Pattern, Visitor Visitor, string Target, int Status, int PageQueries, Func<QueryCountClinic, string> Path)
{
    /// <summary>
    /// A signed-in request reads its server-side session record once (docs/decisions/0110-server-side-sessions-and-hand-over-lock.md)
    /// before the page sends its own; a patient's rating link has no session, and a static file is served before the check.
    /// </summary>
    public const int SessionRecord = 1;

    public int Queries => PageQueries + (Visitor == Visitor.Patient || Pattern == EndpointCatalogue.BlazorScript ? 0 : SessionRecord)
        + (TestEngine.Current == DatabaseProvider.Sqlite ? SqliteUnbatched : 0);

    /// <summary>
    /// Statements of one save that PostgreSQL sends as one batched command and SQLite as one command each (EF Core does
    /// not batch on SQLite, whose commands are in-process calls, not round trips).
    /// </summary>
    public int SqliteUnbatched { get; init; }

    /// <summary>Measured once only: the request changes what the next one finds.</summary>
    public bool Once { get; init; }

    public override string ToString() => $"{Pattern} ({Target}) as {Visitor}";
}

/// <summary>
/// THE query budget of every GET route in <see cref="EndpointCatalogue"/>, as measured on the demo clinic (docs/performance.md
/// shows the same table). A page that sends more commands fails <see cref="PageQueryCountTests"/>; one that sends fewer
/// fails too, so the budget is lowered with it. The counts include every audit row a page's services append, measured
/// with coalescing off (<see cref="QueryCountClinic.Settings"/>): the draft session's page pays for four rows (the
/// session read by the note, the rating state and the reflection panel's two reads), which the clinic's one-minute
/// window writes as one (ADR 0270).
/// </summary>
public static class QueryBudgets
{
    public const int Ok = 200;
    public const int Redirect = 302;

    /// <summary>
    /// The sign-in POST: Identity's (the user by email, their claims and roles, the role and its claims), the account's
    /// earlier session records and the new one (ADR 0110), then the page's own look-up of the account for the audit row,
    /// and the audit row.
    /// </summary>
    public const int SignIn = 9;

    public static IReadOnlyList<PageBudget> All { get; } =
    [
        new("/", Visitor.Clinician, "-", Redirect, 0, _ => "/"),
        new("/account/access-denied", Visitor.Clinician, "-", Ok, 0, _ => "/account/access-denied"),
        new("/account/sign-in", Visitor.Clinician, "-", Ok, 0, _ => "/account/sign-in"),
        new("/account/two-factor", Visitor.Clinician, "not between password and code", Redirect, 0, _ => "/account/two-factor"),
        // Identity's stores: the first visit makes the authenticator key (and a new security stamp), later visits read it.
        new("/account/two-factor-setup", Visitor.Supervisor, "first visit: makes the key", Ok, 6, _ => "/account/two-factor-setup") { Once = true, SqliteUnbatched = 1 },
        new("/account/two-factor-setup", Visitor.Supervisor, "key already made", Ok, 2, _ => "/account/two-factor-setup"),
        new("/account/change-password", Visitor.Supervisor, "the form", Ok, 0, _ => "/account/change-password"),
        new("/error", Visitor.Clinician, "-", Ok, 0, _ => "/error"),
        new("/not-found", Visitor.Clinician, "-", Ok, 0, _ => "/not-found"),
        new(EndpointCatalogue.BlazorScript, Visitor.Clinician, "-", Ok, 0, _ => EndpointCatalogue.BlazorScript),

        new("/caseload", Visitor.Clinician, "9 patients", Ok, 3, _ => "/caseload"),
        new("/patients", Visitor.Clinician, "9 patients", Ok, 2, _ => "/patients"),
        new("/patients/new", Visitor.Clinician, "-", Ok, 0, _ => "/patients/new"),
        new("/search", Visitor.Clinician, "before a search", Ok, 0, _ => "/search"),
        new("/patients/{PatientId:guid}", Visitor.Clinician, "20 sessions", Ok, 3, c => $"/patients/{c.Patient}"),
        new("/patients/{PatientId:guid}/edit", Visitor.Clinician, "20 sessions", Ok, 2, c => $"/patients/{c.Patient}/edit"),
        new("/patients/{PatientId:guid}/alliance", Visitor.Clinician, "20 sessions", Ok, 5, c => $"/patients/{c.Patient}/alliance"),
        new(EndpointCatalogue.AllianceRatingsCsv, Visitor.Clinician, "20 sessions", Ok, 3, c => $"/patients/{c.Patient}/alliance/ratings.csv"),
        new(EndpointCatalogue.AllianceFhir, Visitor.Clinician, "20 sessions", Ok, 5, c => $"/patients/{c.Patient}/alliance/fhir.json"),
        new("/patients/{PatientId:guid}/sessions/new", Visitor.Clinician, "20 sessions", Ok, 2, c => $"/patients/{c.Patient}/sessions/new"),
        new("/patients/{PatientId:guid}/vignette", Visitor.Clinician, "20 sessions", Ok, 2, c => $"/patients/{c.Patient}/vignette"),
        new("/sessions/{SessionId:guid}", Visitor.Clinician, "draft note", Ok, 11, c => $"/sessions/{c.DraftSession}"),
        new("/sessions/{SessionId:guid}", Visitor.Clinician, "signed note", Ok, 8, c => $"/sessions/{c.SignedSession}"),
        new("/sessions/{SessionId:guid}/history", Visitor.Clinician, "draft note", Ok, 4, c => $"/sessions/{c.DraftSession}/history"),
        new("/sessions/{SessionId:guid}/clinician-rating", Visitor.Clinician, "unrated session", Ok, 2, c => $"/sessions/{c.UnratedSession}/clinician-rating"),
        new("/sessions/{SessionId:guid}/clinician-rating", Visitor.Clinician, "rated session", Ok, 2, c => $"/sessions/{c.SignedSession}/clinician-rating"),
        new("/sessions/{SessionId:guid}/handover", Visitor.Clinician, "unrated session", Ok, 2, c => $"/sessions/{c.UnratedSession}/handover"),
        new("/sessions/{SessionId:guid}/rating-link", Visitor.Clinician, "unrated session", Ok, 2, c => $"/sessions/{c.UnratedSession}/rating-link"),
        new("/handover/rate", Visitor.HandedOver, "unrated session", Ok, 2, _ => "/handover/rate?step=0"),
        new("/handover/locked", Visitor.HandedOver, "unrated session", Ok, 0, _ => "/handover/locked"),
        new("/rate/{Token}", Visitor.Patient, "unused link", Ok, 1, c => $"/rate/{c.RatingToken}"),

        new("/my-vignettes", Visitor.Clinician, "2 vignettes", Ok, 2, _ => "/my-vignettes"),
        new("/my-vignettes/{VignetteId:guid}", Visitor.Clinician, "draft", Ok, 3, c => $"/my-vignettes/{c.DraftVignette}"),
        new("/vignettes", Visitor.Supervisor, "1 vignette", Ok, 2, _ => "/vignettes"),
        // One more than the thread itself: opening it records the reading that marks messages as new (unread markers).
        new("/vignettes/{VignetteId:guid}", Visitor.Supervisor, "3 comments", Ok, 4, c => $"/vignettes/{c.DiscussedVignette}"),

        new("/admin/users", Visitor.Admin, "5 users", Ok, 1, _ => "/admin/users"),
        new("/admin/audit", Visitor.Admin, "first page", Ok, 1, _ => "/admin/audit"),
        new(EndpointCatalogue.AuditExport, Visitor.Admin, "every event", Ok, 2, _ => EndpointCatalogue.AuditExport),
        new("/admin/reflection-rules", Visitor.Admin, "-", Ok, 1, _ => "/admin/reflection-rules"),
        new("/admin/forms", Visitor.Admin, "shipped forms only", Ok, 2, _ => "/admin/forms"),
        new("/admin/forms/imported/{ImportId:guid}", Visitor.Admin, "no such import", 404, 1, _ => $"/admin/forms/imported/{Guid.Empty}"),
        // The forms in use are held in memory (ClinicForms), so previewing one reads nothing.
        new("/admin/forms/in-use/{InstrumentId}", Visitor.Admin, "the check-in", Ok, 0, _ => "/admin/forms/in-use/paincare-checkin"),
    ];

    public static PageBudget For(string pattern, string target) =>
        All.Single(b => b.Pattern == pattern && b.Target == target);
}
