using System.Security.Claims;

namespace PainCare.Web.Features.Handover;

/// <summary>Sends every page request of a handed-over device back to the rating or lock screen.</summary>
public sealed class HandoverLockMiddleware(RequestDelegate next, HandoverLockCookie cookie)
{
    private static readonly string[] _allowed = ["/handover/", "/_framework/", "/_content/", "/_blazor", "/css/", "/js/", "/app.css", "/account/sign-out"];

    public Task InvokeAsync(HttpContext context)
    {
        var handover = cookie.Read(context);
        if (handover is null)
        {
            return next(context);
        }

        if (handover.UserId != context.User.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            // Someone else signed in on this device since: the old lock means nothing to them.
            HandoverLockCookie.Clear(context);
            return next(context);
        }

        var path = context.Request.Path.Value ?? "/";
        if (_allowed.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
        }

        context.Response.Redirect(handover.Rated ? "/handover/locked" : "/handover/rate");
        return Task.CompletedTask;
    }
}
