using System.Net;
using PainCare.Web.Hosting;

namespace PainCare.IntegrationTests.Security;

public enum Caller
{
    Anonymous,
    Clinician,
    Supervisor,
    Admin,
}

/// <summary>Whose record a route parameter names: none, the caller's own, another clinician's, or an id that does not exist.</summary>
public enum Target
{
    None,
    Own,
    Others,
    Random,
}

/// <summary>A status, and for redirects the path the Location must start with.</summary>
public sealed record Expectation(HttpStatusCode Status, string? RedirectTo = null)
{
    public override string ToString() => RedirectTo is null ? $"{(int)Status}" : $"{(int)Status} → {RedirectTo}";
}

public sealed record AccessRule(string Method, string Pattern, Func<Caller, Target, Expectation> Expected);

/// <summary>
/// THE authorisation matrix: one rule per route in <see cref="EndpointCatalogue"/>. A new page or endpoint fails
/// <see cref="AccessMatrixTests"/> until it has a line here.
/// </summary>
public static class AccessRules
{
    private static readonly Expectation _ok = new(HttpStatusCode.OK);
    private static readonly Expectation _notFound = new(HttpStatusCode.NotFound);
    private static readonly Expectation _toSignIn = new(HttpStatusCode.Redirect, "/account/sign-in");

    public static IReadOnlyList<AccessRule> All { get; } =
    [
        Public("/account/sign-in"),
        Public("/account/access-denied"),
        Public("/error"),
        Public("/not-found"),
        Public("/rate/{Token}"),
        Public(EndpointCatalogue.BlazorScript),
        // Only reachable between a right password and the second factor; otherwise back to sign-in.
        new("GET", "/account/two-factor", (_, _) => _toSignIn),
        new("GET", "/account/two-factor-setup", (caller, _) => caller == Caller.Anonymous ? _toSignIn : _ok),
        new("GET", "/account/change-password", (caller, _) => caller == Caller.Anonymous ? _toSignIn : _ok),
        new("GET", "/", (caller, _) => caller switch
        {
            Caller.Anonymous => _toSignIn,
            Caller.Clinician => new(HttpStatusCode.Redirect, "/caseload"),
            Caller.Supervisor => new(HttpStatusCode.Redirect, "/vignettes"),
            _ => new(HttpStatusCode.Redirect, "/admin/users"),
        }),
        new("POST", EndpointCatalogue.SignOut, (caller, _) => caller == Caller.Anonymous ? _toSignIn : new(HttpStatusCode.BadRequest)),

        ClinicianOnly("/caseload"),
        ClinicianOnly("/patients"),
        ClinicianOnly("/patients/new"),
        ClinicianOnly("/search"),
        ClinicianOnly("/handover/rate", new(HttpStatusCode.Redirect, "/")),
        ClinicianOnly("/handover/locked", new(HttpStatusCode.Redirect, "/")),
        ClinicalRecord("/patients/{PatientId:guid}"),
        ClinicalRecord("/patients/{PatientId:guid}/edit"),
        ClinicalRecord("/patients/{PatientId:guid}/alliance"),
        ClinicalRecord("/patients/{PatientId:guid}/sessions/new"),
        ClinicalRecord("/sessions/{SessionId:guid}"),
        ClinicalRecord("/sessions/{SessionId:guid}/history"),
        ClinicalRecord("/sessions/{SessionId:guid}/handover"),
        ClinicalRecord("/sessions/{SessionId:guid}/clinician-rating"),
        ClinicalRecord("/sessions/{SessionId:guid}/rating-link"),
        ClinicalRecord(EndpointCatalogue.AllianceRatingsCsv),
        ClinicalRecord(EndpointCatalogue.AllianceFhir),

        ClinicalRecord("/patients/{PatientId:guid}/vignette"),
        ClinicianOnly("/my-vignettes"),
        // Vignette ids are filled with random ids only: nobody, author or supervisor, finds a vignette that does not exist.
        NoSuchRecord("/my-vignettes/{VignetteId:guid}"),
        NoSuchRecord("/vignettes/{VignetteId:guid}"),
        RoleOnly(Caller.Supervisor, "/vignettes"),

        RoleOnly(Caller.Admin, "/admin/users"),
        RoleOnly(Caller.Admin, "/admin/audit"),
        RoleOnly(Caller.Admin, "/admin/reflection-rules"),
        RoleOnly(Caller.Admin, "/admin/forms"),
        NoSuchRecord("/admin/forms/imported/{ImportId:guid}"),
        NoSuchRecord("/admin/forms/in-use/{InstrumentId}"),
        RoleOnly(Caller.Admin, EndpointCatalogue.AuditExport),
    ];

    public static AccessRule? For(string method, string pattern) =>
        All.SingleOrDefault(r => r.Method == method && string.Equals(r.Pattern, pattern, StringComparison.OrdinalIgnoreCase));

    private static AccessRule Public(string pattern, Expectation? expected = null) => new("GET", pattern, (_, _) => expected ?? _ok);

    private static AccessRule ClinicianOnly(string pattern, Expectation? forClinician = null) =>
        new("GET", pattern, (caller, _) => caller switch
        {
            Caller.Anonymous => _toSignIn,
            Caller.Clinician => forClinician ?? _ok,
            _ => _notFound,
        });

    /// <summary>Only the clinician whose caseload holds the record sees it; for everyone else it does not exist.</summary>
    private static AccessRule ClinicalRecord(string pattern) =>
        new("GET", pattern, (caller, target) => caller switch
        {
            Caller.Anonymous => _toSignIn,
            Caller.Clinician when target == Target.Own => _ok,
            _ => _notFound,
        });

    private static AccessRule NoSuchRecord(string pattern) =>
        new("GET", pattern, (caller, _) => caller == Caller.Anonymous ? _toSignIn : _notFound);

    private static AccessRule RoleOnly(Caller role, string pattern) =>
        new("GET", pattern, (caller, _) => caller == Caller.Anonymous ? _toSignIn : caller == role ? _ok : _notFound);
}
