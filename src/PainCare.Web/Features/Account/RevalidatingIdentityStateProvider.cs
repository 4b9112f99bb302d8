using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace PainCare.Web.Features.Account;

/// <summary>
/// Re-checks a live circuit's session every revalidation interval, for circuits nobody touches: a disabled account, a
/// changed security stamp (password change, sign-out, sessions ended by an admin), an ended or handed-over session or an
/// idle or absolute timeout ends access then at the latest. Touched circuits are checked on every message
/// (ActivityCircuitHandler).
/// </summary>
public sealed class RevalidatingIdentityStateProvider(ILoggerFactory loggerFactory, ServerSessions sessions, SessionPolicy policy)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => policy.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        return await sessions.ReadAsync(principal, cancellationToken) is { Handover: null } state && !policy.HasExpired(principal, state.LastSeen);
    }
}
