namespace PainCare.Deidentification;

/// <summary>One detail the final scan found, with a natural substitute. <paramref name="IsKnown"/>: the patient record holds it.</summary>
public sealed record ScanHit(int Start, int End, string Category, string Text, string Suggestion, bool IsKnown);
