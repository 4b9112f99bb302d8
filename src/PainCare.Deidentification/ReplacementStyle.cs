namespace PainCare.Deidentification;

public enum ReplacementStyle
{
    /// <summary>Realistic surrogates, so that a missed mention hides among them.</summary>
    Surrogate,

    /// <summary>Bracketed placeholders such as <c>[PATIENT]</c> and <c>[DATE]</c>.</summary>
    Placeholder,
}
