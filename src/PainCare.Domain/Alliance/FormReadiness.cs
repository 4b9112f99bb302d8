namespace PainCare.Domain.Alliance;

/// <summary>Whether a form may be put in front of a patient.</summary>
public enum FormReadiness
{
    Ready,

    /// <summary>Some item or answer label is still placeholder text awaiting the clinic's licensed wording.</summary>
    PlaceholderWording,
}
