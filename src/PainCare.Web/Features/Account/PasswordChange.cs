using System.Security.Claims;

namespace PainCare.Web.Features.Account;

/// <summary>
/// A user holding a one-time password (new account, reset by an administrator) carries a user claim that puts it in the
/// sign-in cookie; until they choose their own password they reach only the change-password page and sign-out (issue 14).
/// </summary>
public static class PasswordChange
{
    public const string RequiredClaim = "paincare_must_change_password";
    public const string Page = "/account/change-password";

    private static readonly string[] _allowed = [Page, "/account/sign-out", "/_blazor", "/_framework/", "/_content/", "/css/", "/js/", "/app.css", "/error", "/not-found", "/lib/", "/favicon"];

    public static bool IsRequired(ClaimsPrincipal user) => user.HasClaim(RequiredClaim, "true");

    /// <summary>True when this request must be sent to the change-password page instead.</summary>
    public static bool MustRedirect(ClaimsPrincipal user, string path) =>
        IsRequired(user) && !_allowed.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
