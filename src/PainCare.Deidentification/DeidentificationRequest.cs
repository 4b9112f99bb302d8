namespace PainCare.Deidentification;

/// <summary>One text to de-identify, with the identifiers the patient record already knows (names, dates of birth, addresses).</summary>
public sealed record DeidentificationRequest(string Text, IReadOnlyList<string>? Known = null);
