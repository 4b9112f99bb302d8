namespace PainCare.Reflection.Model;

/// <summary>Kinds of structured observation a clinician can tick alongside the narrative.</summary>
public enum ObservationKind
{
    MinuteParticular,
    SafetyCue,
    PatientWords,
    Connection,
    Strain,
}
