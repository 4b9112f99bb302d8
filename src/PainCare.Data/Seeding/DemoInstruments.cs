namespace PainCare.Data.Seeding;

/// <summary>
/// The instrument the demo ratings use: PainCare's own session check-in (PainCare.Domain/Alliance/Instruments/paincare-checkin*.json,
/// six items on a 1-5 scale, scored as the item mean), the default form for a new clinic.
/// </summary>
internal static class DemoInstruments
{
    public const string PatientAlliance = "paincare-checkin";
    public const string ClinicianAlliance = "paincare-checkin-clinician";
    public const string Version = "1";
    public const int Items = 6;
}
