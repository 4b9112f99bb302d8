namespace PainCare.Data.Audit;

/// <summary>
/// One line of the append-only audit trail: who did what to which record, when, from where, and how it ended.
/// Only opaque ids are stored — never clinical text, names or email addresses.
/// </summary>
public sealed class AuditEvent
{
    public const int MaxUserIdLength = 64;
    public const int MaxActionLength = 32;
    public const int MaxEntityTypeLength = 32;
    public const int MaxEntityIdLength = 128;
    public const int MaxOutcomeLength = 16;
    public const int MaxIpAddressLength = 45;
    public const int MaxUserAgentLength = 256;

    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string? UserId { get; init; }

    public string Action { get; init; } = string.Empty;

    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    public string Outcome { get; init; } = string.Empty;

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }
}
