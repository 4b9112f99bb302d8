namespace PainCare.Domain.Alliance;

/// <summary>
/// One completed form for export. Items in instrument order, null = unanswered. No patient identifiers:
/// the caller passes an opaque subject reference alongside.
/// </summary>
public sealed record ExportRating(int Session, DateOnly Date, IReadOnlyList<int?> Items)
{
    /// <summary>When the form was completed, if known more precisely than the session date.</summary>
    public DateTimeOffset? AuthoredAt { get; init; }

    /// <summary>The session the form was completed for, if known: exported as an opaque encounter reference.</summary>
    public Guid? SessionId { get; init; }

    /// <summary>When the session began, if known: exported apart from <see cref="AuthoredAt"/>, which is when the form was filled in.</summary>
    public DateTimeOffset? SessionStartsAt { get; init; }
}
