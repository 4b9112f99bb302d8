namespace PainCare.Deidentification;

/// <summary>How replacements are written. <paramref name="DateShiftDays"/> fixes the shift; by default it is derived from the text.</summary>
public sealed record DeidentificationOptions(ReplacementStyle Style = ReplacementStyle.Surrogate, int? DateShiftDays = null)
{
    public static DeidentificationOptions Default { get; } = new();
}
