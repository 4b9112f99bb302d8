using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace PainCare.Web.Features.Account;

/// <summary>
/// The gate every message from the browser (typing, clicks, saves, JavaScript calls into .NET) passes through: it counts as
/// activity for the idle timeout, and once the session is handed over, signed out, ended or timed out the message is
/// dropped and the circuit's user becomes anonymous, so the page is replaced by the way to the sign-in (or hand-over)
/// screen. Changes made on this node reach the circuit at once, without waiting for the patient to touch it.
/// </summary>
public sealed class ActivityCircuitHandler(SessionPolicy policy, ServerSessions sessions, AuthenticationStateProvider authentication)
    : CircuitHandler, IDisposable
{
    private ClaimsPrincipal? _user;
    private volatile bool _closed;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _user = (await authentication.GetAuthenticationStateAsync()).User;
        if (_user.Identity?.IsAuthenticated == true)
        {
            sessions.Changed += OnSessionChanged;
        }
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var user = (await authentication.GetAuthenticationStateAsync()).User;
            if (user.Identity?.IsAuthenticated == true)
            {
                if (_closed || await sessions.ReadForCircuitAsync(user) is not { Handover: null } state || policy.HasExpired(user, state.LastSeen))
                {
                    Close();
                    return;
                }

                policy.Touch(user);
                sessions.Touch(state);
            }

            await next(context);
        };

    public void Dispose() => sessions.Changed -= OnSessionChanged;

    private void OnSessionChanged(string userId, string? sid)
    {
        if (_user is { } user && user.FindFirstValue(ClaimTypes.NameIdentifier) == userId && (sid is null || user.FindFirstValue(SessionPolicy.SessionClaim) == sid))
        {
            _ = CheckNowAsync(user);
        }
    }

    private async Task CheckNowAsync(ClaimsPrincipal user)
    {
        if (await sessions.ReadForCircuitAsync(user) is not { Handover: null })
        {
            Close();
        }
    }

    private void Close()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        sessions.Changed -= OnSessionChanged;
        // The route view re-renders with no user: the clinical page goes, and the browser is sent to the sign-in page,
        // which a handed-over session is redirected from to the hand-over screen.
        if (authentication is ServerAuthenticationStateProvider provider)
        {
            provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
    }
}
