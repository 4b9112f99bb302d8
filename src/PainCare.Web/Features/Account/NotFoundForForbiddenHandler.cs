using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Account;

/// <summary>
/// A signed-in user without the page's role gets 404, as if the page did not exist, so roles cannot be used to map
/// the app; the refusal is audited. Anonymous users are still challenged (sent to sign-in).
/// </summary>
public sealed class NotFoundForForbiddenHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            var audit = context.RequestServices.GetRequiredService<IAuditTrail>();
            await audit.RecordAsync(new AuditEntry(
                AuditActions.AccessDenied,
                AuditOutcomes.Denied,
                context.User.FindFirstValue(ClaimTypes.NameIdentifier),
                AuditEntities.Route,
                route));
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                // The status-code pages re-execute with the same method, and a page cannot answer a stray form post.
                await context.Response.WriteAsync("Not found");
            }

            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
