using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Account;

public static class SignOutEndpoint
{
    public static void MapSignOutEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(PainCare.Web.Hosting.EndpointCatalogue.SignOut, async (HttpContext context, SignInManager<PainCareUser> signInManager, ServerSessions sessions) =>
            {
                // The antiforgery middleware only records a failure for endpoints that bind no form, so refuse it here.
                if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
                {
                    // With a body of its own: the status-code pages would re-execute a bare 400 as a POST to a page.
                    return Results.Text("The sign-out form has expired. Reload the page and sign out again.", statusCode: StatusCodes.Status400BadRequest);
                }

                // The session's record goes and a new security stamp ends the user's other sessions: every copy of the
                // cookie stops working at its next request on any node, and this node's open tabs at once.
                if (await signInManager.UserManager.GetUserAsync(context.User) is { } user)
                {
                    await sessions.EndAllAsync(user.Id);
                    await signInManager.UserManager.UpdateSecurityStampAsync(user);
                }

                await signInManager.SignOutAsync();
                // A shared clinic computer: narrative copies kept on the device go with the session (js/sign-out.js too).
                context.Response.Headers["Clear-Site-Data"] = "\"storage\"";
                return Results.LocalRedirect("/account/sign-in");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireAuthorization();
}
