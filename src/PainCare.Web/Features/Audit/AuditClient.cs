namespace PainCare.Web.Features.Audit;

/// <summary>
/// The client's address and user agent for one DI scope. An HTTP request's scope reads them from its request. A Blazor
/// circuit's scope outlives every request, so <see cref="AuditCircuitHandler"/> captures them once when the circuit
/// opens, from the SignalR connection's request, and they stay fixed for the circuit's life.
/// </summary>
public sealed class AuditClient(IHttpContextAccessor accessor)
{
    private bool _captured;

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public void Capture()
    {
        if (_captured)
        {
            return;
        }

        // Once only, even when there is no request at hand: later in a circuit the accessor may hold a finished request.
        _captured = true;
        if (accessor.HttpContext is not { } context)
        {
            return;
        }

        IpAddress = context.Connection.RemoteIpAddress?.ToString();
        var agent = context.Request.Headers.UserAgent.ToString();
        UserAgent = agent.Length == 0 ? null : agent[..Math.Min(agent.Length, Data.Audit.AuditEvent.MaxUserAgentLength)];
    }
}
