using Microsoft.AspNetCore.Identity;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Account;

/// <summary>
/// On every request of a signed-in user, checks the session against the server (ServerSessions): a session that was
/// signed out, ended, reset or has timed out is signed out at once; a session handed over to a patient is confined to the
/// hand-over screens whatever cookies the browser sends; and a user who must use two-factor sign-in but has not set it up
/// is sent to do so before anything else, as is a user who holds a one-time password (PasswordChange).
/// </summary>
public sealed class SessionPolicyMiddleware(RequestDelegate next, SessionPolicy policy, ServerSessions sessions)
{
    // Files that carry no clinical content are served without the per-request check.
    private static readonly string[] _assets = ["/_framework/", "/_content/", "/css/", "/js/", "/app.css", "/favicon", "/lib/"];
    private static readonly string[] _open = ["/account/", "/_framework/", "/_content/", "/_blazor", "/css/", "/js/", "/app.css", "/error", "/not-found"];
    private static readonly string[] _handover = ["/handover/", "/_framework/", "/_content/", "/css/", "/js/", "/app.css", "/account/sign-out"];

    public async Task InvokeAsync(HttpContext context, SignInManager<PainCareUser> signInManager)
    {
        var user = context.User;
        var path = context.Request.Path.Value ?? "/";
        if (user.Identity?.IsAuthenticated != true || StartsWithAny(path, _assets))
        {
            await next(context);
            return;
        }

        var state = await sessions.ReadAsync(user, context.RequestAborted, checkStamp: false);
        if (state is null || policy.HasExpired(user, state.LastSeen))
        {
            if (state is not null)
            {
                await sessions.EndAsync(state.UserId, state.SessionId, context.RequestAborted);
            }

            await signInManager.SignOutAsync();
            // Back to the page after signing in again (its path only, never its query or form), so a form whose post
            // met the ended session (Record a session) is shown again and can restore what its script kept.
            context.Response.Redirect(path.StartsWith("/_", StringComparison.Ordinal) || path.StartsWith("/account/", StringComparison.OrdinalIgnoreCase)
                ? "/account/sign-in?ended=1"
                : "/account/sign-in?ended=1&ReturnUrl=" + Uri.EscapeDataString(path));
            return;
        }

        context.Items[typeof(SessionState)] = state;
        policy.Touch(user);
        sessions.Touch(state);
        if (state.Handover is { } handover && !StartsWithAny(path, _handover))
        {
            context.Response.Redirect(handover.Screen);
            return;
        }

        if (PasswordChange.MustRedirect(user, path))
        {
            context.Response.Redirect(PasswordChange.Page);
            return;
        }

        if (policy.RequireTwoFactor && user.FindFirst(SessionPolicy.TwoFactorClaim)?.Value != "true" && !StartsWithAny(path, _open))
        {
            context.Response.Redirect("/account/two-factor-setup");
            return;
        }

        await next(context);
    }

    private static bool StartsWithAny(string path, string[] prefixes) => prefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
