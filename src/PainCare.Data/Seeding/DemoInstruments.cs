namespace PainCare.Data.Seeding;

/// <summary>The instrument ids the demo ratings use; they match the definitions shipped by the alliance module.</summary>
internal static class DemoInstruments
{
    public const string PatientAlliance = "wai-sr-patient";
    public const string ClinicianAlliance = "wai-sr-clinician";
    public const string Version = "1";
}
