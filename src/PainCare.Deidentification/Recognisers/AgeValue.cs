namespace PainCare.Deidentification.Recognisers;

/// <summary>
/// An exact age and whether it was written as an adjective ("61-year-old") or stated ("aged 53", "is 53"); for a round
/// birthday, the verb that turned it ("turning", written back as "reaching her forties").
/// </summary>
internal sealed record AgeValue(int Years, bool Adjective, string Possessive, bool Bare = false, string? Reached = null);
