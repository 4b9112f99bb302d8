namespace PainCare.Reflection.Matching;

/// <summary>Whose experience or words a cue is: only the patient's fire the patient categories.</summary>
internal enum Speaker
{
    Patient,
    Clinician,
    Other,
}
