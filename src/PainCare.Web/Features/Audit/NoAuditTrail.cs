namespace PainCare.Web.Features.Audit;

/// <summary>Records nothing: for the CLI's benchmarks and for tests that exercise a service's data rules, never for the app.</summary>
public sealed class NoAuditTrail : IAuditTrail
{
    public static NoAuditTrail Instance { get; } = new();

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
