using Microsoft.AspNetCore.Identity;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Account;

/// <summary>
/// Ends expired sessions on page requests, and sends a user who must use two-factor sign-in but has not set it up to do
/// so before anything else.
/// </summary>
public sealed class SessionPolicyMiddleware(RequestDelegate next, SessionPolicy policy)
{
    private static readonly string[] _open = ["/account/", "/_framework/", "/_content/", "/_blazor", "/css/", "/js/", "/app.css", "/error", "/not-found"];

    public async Task InvokeAsync(HttpContext context, SignInManager<PainCareUser> signInManager)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        if (policy.HasExpired(user))
        {
            await signInManager.SignOutAsync();
            context.Response.Redirect("/account/sign-in?ended=1");
            return;
        }

        policy.Touch(user);
        var path = context.Request.Path.Value ?? "/";
        if (policy.RequireTwoFactor && user.FindFirst(SessionPolicy.TwoFactorClaim)?.Value != "true" && !_open.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/account/two-factor-setup");
            return;
        }

        await next(context);
    }
}
