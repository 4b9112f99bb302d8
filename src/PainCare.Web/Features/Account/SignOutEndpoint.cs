using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Account;

public static class SignOutEndpoint
{
    public static void MapSignOutEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(PainCare.Web.Hosting.EndpointCatalogue.SignOut, async (SignInManager<PainCareUser> signInManager) =>
            {
                await signInManager.SignOutAsync();
                return Results.LocalRedirect("/account/sign-in");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .RequireAuthorization();
}
