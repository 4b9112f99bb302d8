using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Account;

/// <summary>Adds the user's display name to the sign-in cookie so the header needs no query.</summary>
public sealed class PainCareClaimsPrincipalFactory(
    UserManager<PainCareUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PainCareUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PainCareUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(SessionPolicy.TwoFactorClaim, user.TwoFactorEnabled ? "true" : "false"));
        identity.AddClaims(SessionPolicy.NewSessionClaims(DateTimeOffset.UtcNow));
        return identity;
    }
}
