namespace PainCare.Deidentification;

/// <summary>Marker for the de-identification module; recognisers arrive with the vignette issue.</summary>
public static class DeidentificationModule
{
    public const string Name = "PainCare.Deidentification";
}
