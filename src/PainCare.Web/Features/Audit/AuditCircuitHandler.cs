using Microsoft.AspNetCore.Components.Server.Circuits;

namespace PainCare.Web.Features.Audit;

/// <summary>Captures the client of an interactive circuit while its opening request is still at hand.</summary>
public sealed class AuditCircuitHandler(AuditClient client) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        client.Capture();
        return Task.CompletedTask;
    }
}
