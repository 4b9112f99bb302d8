namespace PainCare.Deidentification;

/// <summary>A quasi-identifier left in place for the clinician to judge. Offsets refer to the input text.</summary>
public sealed record ReviewItem(int Start, int End, string Category, string Text);
