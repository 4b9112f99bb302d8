namespace PainCare.Deidentification.Known;

/// <summary>Which person a name mention belongs to, so every mention of one person gets one surrogate.</summary>
internal sealed record NameRef(string PersonKey, NameRole Role, int? KnownIndex = null, bool IsFemale = false, bool IsMale = false);
