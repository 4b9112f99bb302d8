namespace PainCare.Deidentification;

public sealed record DeidentificationResult(string Text, IReadOnlyList<Replacement> Replacements, IReadOnlyList<ReviewItem> Review);
