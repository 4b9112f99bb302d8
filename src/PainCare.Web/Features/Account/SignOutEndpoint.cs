using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Account;

public static class SignOutEndpoint
{
    public static void MapSignOutEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/sign-out", async (SignInManager<PainCareUser> signInManager, HttpContext context) =>
            {
                // A new security stamp ends this user's live circuits (other tabs too) at their next revalidation.
                if (await signInManager.UserManager.GetUserAsync(context.User) is { } user)
                {
                    await signInManager.UserManager.UpdateSecurityStampAsync(user);
                }

                await signInManager.SignOutAsync();
                return Results.LocalRedirect("/account/sign-in");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireAuthorization();
}
