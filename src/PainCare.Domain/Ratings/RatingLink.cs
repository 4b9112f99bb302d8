namespace PainCare.Domain.Ratings;

/// <summary>
/// A one-time link a patient can use to rate a session from home. Only a hash of the token is stored; the link expires
/// after <see cref="Lifetime"/> and works once.
/// </summary>
public sealed class RatingLink
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    /// <summary>SHA-256 of the token, hex-encoded.</summary>
    public required string TokenHash { get; set; }

    public required string CreatedById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
