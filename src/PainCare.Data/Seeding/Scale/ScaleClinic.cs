using PainCare.Data.Identity;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;

namespace PainCare.Data.Seeding.Scale;

/// <summary>The generated network in memory, flat per table so it can be copied table by table. Each note has one version.</summary>
internal sealed record ScaleClinic(
    IReadOnlyList<PainCareUser> Clinicians,
    IReadOnlyList<Patient> Patients,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<NarrativeNote> Notes,
    IReadOnlyList<AllianceRating> Ratings);
