namespace PainCare.Data.Seeding;

/// <summary>The instrument ids the demo ratings use: the WAI-SR-structured forms shipped in PainCare.Domain/Alliance/Instruments (scored as the item mean).</summary>
internal static class DemoInstruments
{
    public const string PatientAlliance = "wai-sr-patient";
    public const string ClinicianAlliance = "wai-sr-clinician";
    public const string Version = "placeholder-1";
}
