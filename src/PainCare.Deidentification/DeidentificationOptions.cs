namespace PainCare.Deidentification;

/// <summary>
/// How replacements are written. <paramref name="DateShiftDays"/> fixes the shift; by default it is derived from the text.
/// <paramref name="PseudonymKey"/> (for example author and patient ids) seeds people's surrogates, so the same patient keeps
/// the same pseudonym across one author's vignettes without storing it; by default the seed is the text itself.
/// </summary>
public sealed record DeidentificationOptions(ReplacementStyle Style = ReplacementStyle.Surrogate, int? DateShiftDays = null, string? PseudonymKey = null)
{
    public static DeidentificationOptions Default { get; } = new();
}
