using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Audit;

namespace PainCare.Web.Features.Audit;

public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}

/// <summary>
/// Appends one row per event with its own short-lived context, so an audit write never rides on (or rolls back with)
/// a feature's unit of work. A failed audit write is logged and the request goes on: the clinician's work comes first.
/// </summary>
public sealed class AuditTrail(
    IDbContextFactory<PainCareDbContext> contextFactory, AuditClient client, AuditCoalescing coalescing, TimeProvider clock, ILogger<AuditTrail> logger)
    : IAuditTrail
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        if (!coalescing.ShouldRecord(entry))
        {
            return;
        }

        client.Capture();
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            db.AuditEvents.Add(new AuditEvent
            {
                Id = Guid.CreateVersion7(),
                OccurredAt = clock.GetUtcNow(),
                UserId = Clip(entry.UserId, AuditEvent.MaxUserIdLength),
                Action = Clip(entry.Action, AuditEvent.MaxActionLength)!,
                EntityType = Clip(entry.EntityType, AuditEvent.MaxEntityTypeLength),
                EntityId = Clip(entry.EntityId, AuditEvent.MaxEntityIdLength),
                Outcome = Clip(entry.Outcome, AuditEvent.MaxOutcomeLength)!,
                IpAddress = Clip(client.IpAddress, AuditEvent.MaxIpAddressLength),
                UserAgent = client.UserAgent,
            });
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException ex)
        {
            coalescing.Forget(entry);
            logger.LogError(ex, "Could not append {Action} to the audit trail", entry.Action);
        }
    }

    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
