using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace PainCare.Web.Features.Account;

/// <summary>Counts every message from the browser (typing, clicks, saves) as activity for the idle timeout.</summary>
public sealed class ActivityCircuitHandler(SessionPolicy policy, AuthenticationStateProvider authentication) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            policy.Touch((await authentication.GetAuthenticationStateAsync()).User);
            await next(context);
        };
}
