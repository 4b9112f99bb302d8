namespace PainCare.Data.Seeding.Scale;

/// <summary>
/// How big the synthetic clinic network is. <paramref name="FocusClinicianSessions"/>, when above zero, gives the
/// first clinician a caseload of at least that many sessions (a search target); the rest share the other patients.
/// </summary>
public sealed record ScaleShape(int Patients, int Clinicians, int Sessions, int FocusClinicianSessions = 0)
{
    public const int MinSessionsPerPatient = 4;
    public const int MaxSessionsPerPatient = 80;

    /// <summary>N times the demo clinic: per unit 25 patients, 3 clinicians and 1,000 sessions.</summary>
    public static ScaleShape ForScale(int scale) => new(25 * scale, 3 * scale, 1_000 * scale);

    /// <summary>Why the shape cannot be built, or null when it can.</summary>
    public string? Problem =>
        Patients < 1 || Clinicians < 1 ? "a clinic needs at least one patient and one clinician"
        : Clinicians > Patients ? "there must be at least as many patients as clinicians"
        : Sessions < (long)Patients * MinSessionsPerPatient || Sessions > (long)Patients * MaxSessionsPerPatient
            ? $"sessions must lie between {MinSessionsPerPatient} and {MaxSessionsPerPatient} per patient"
        : FocusClinicianSessions < 0 || FocusClinicianSessions > Sessions / 2 ? "the focus caseload must be at most half of all sessions"
        : FocusClinicianSessions > 0 && Clinicians < 2 ? "a focus caseload needs at least two clinicians"
        : null;
}
