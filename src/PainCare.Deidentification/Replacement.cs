namespace PainCare.Deidentification;

/// <summary>One replaced identifier. <paramref name="Start"/> and <paramref name="End"/> are offsets into the input text.</summary>
public sealed record Replacement(int Start, int End, string Category, string Original, string Surrogate);
