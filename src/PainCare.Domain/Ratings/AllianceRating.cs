namespace PainCare.Domain.Ratings;

/// <summary>One rater's answers to an alliance or outcome instrument for one session.</summary>
public sealed class AllianceRating
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public required string InstrumentId { get; set; }

    public required string InstrumentVersion { get; set; }

    public RaterRole Rater { get; set; }

    public int[] ItemScores { get; set; } = [];

    public DateTimeOffset RatedAt { get; set; }
}
