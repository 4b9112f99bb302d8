using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PainCare.Data;

namespace PainCare.Web.Features.Account;

/// <summary>
/// Re-checks a live circuit's user every minute: a disabled account, a changed security stamp (password change, sign-out,
/// sessions ended by an admin) or an idle or absolute timeout ends access within a minute rather than at the cookie's expiry.
/// </summary>
public sealed class RevalidatingIdentityStateProvider(
    ILoggerFactory loggerFactory, IDbContextFactory<PainCareDbContext> contextFactory, IOptions<IdentityOptions> options, SessionPolicy policy)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => policy.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || policy.HasExpired(principal))
        {
            return false;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsDisabled, u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        return user is { IsDisabled: false }
            && principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType) == user.SecurityStamp;
    }
}
