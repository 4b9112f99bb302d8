namespace PainCare.Domain.Patients;

/// <summary>A person on a clinician's caseload. Everything that identifies them lives in <see cref="PatientIdentity"/>.</summary>
public sealed class Patient
{
    public Guid Id { get; set; }

    /// <summary>The user id of the clinician whose caseload this patient is on.</summary>
    public required string ClinicianId { get; set; }

    public PatientStatus Status { get; set; } = PatientStatus.Active;

    /// <summary>Goals in the patient's own words ("what matters to me").</summary>
    public string WhatMattersToMe { get; set; } = string.Empty;

    /// <summary>The agreed next step of the programme, shown on the caseload.</summary>
    public string NextStep { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public PatientIdentity Identity { get; set; } = null!;

    public List<Sessions.Session> Sessions { get; set; } = [];

    /// <summary>Optimistic concurrency token: the data layer adds one on every save, and a save over a changed value is refused.</summary>
    public uint Version { get; set; }
}
