namespace PainCare.Deidentification.Recognisers;

/// <summary>An exact age and whether it was written as an adjective ("61-year-old") or stated ("aged 53", "is 53").</summary>
internal sealed record AgeValue(int Years, bool Adjective, string Possessive, bool Bare = false);
