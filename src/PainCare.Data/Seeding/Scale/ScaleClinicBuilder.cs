using PainCare.Data.Identity;
using PainCare.Domain.Patients;

namespace PainCare.Data.Seeding.Scale;

/// <summary>Builds the whole network from one seeded <see cref="Random"/>, always drawing in the same order.</summary>
internal sealed class ScaleClinicBuilder(Random random, DateOnly today, string passwordHash)
{
    public ScaleClinic Build(ScaleShape shape)
    {
        var clinicians = Enumerable.Range(0, shape.Clinicians).Select(NewClinician).ToList();
        var counts = SessionPlan.SessionCounts(random, shape);
        var owners = SessionPlan.Clinicians(shape, counts);
        var sessions = new ScaleSessionBuilder(random, today);
        var patients = new List<Patient>(shape.Patients);
        for (var i = 0; i < shape.Patients; i++)
        {
            var patient = NewPatient(i, clinicians[owners[i]].Id);
            patients.Add(patient);
            sessions.AddSessions(patient, counts[i]);
        }

        return new ScaleClinic(clinicians, patients, sessions.Sessions, sessions.Notes, sessions.Ratings);
    }

    private PainCareUser NewClinician(int index)
    {
        var (given, _) = DemoPeople.GivenNames[random.Next(DemoPeople.GivenNames.Length)];
        var family = DemoPeople.FamilyNames[random.Next(DemoPeople.FamilyNames.Length)];
        // The index keeps addresses unique; the domain keeps them apart from the demo clinic's accounts.
        var email = $"{given}.{family.Replace("'", string.Empty, StringComparison.Ordinal)}.{index + 1}@scale.paincare.test".ToLowerInvariant();
        return new PainCareUser
        {
            Id = NewGuid().ToString(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            DisplayName = $"{given} {family} (physiotherapist)",
            PasswordHash = passwordHash,
            SecurityStamp = NewGuid().ToString("N"),
            ConcurrencyStamp = NewGuid().ToString(),
        };
    }

    private Patient NewPatient(int index, string clinicianId)
    {
        var id = NewGuid();
        var (given, _) = DemoPeople.GivenNames[index % DemoPeople.GivenNames.Length];
        var family = DemoPeople.FamilyNames[random.Next(DemoPeople.FamilyNames.Length)];
        var town = DemoPeople.Towns[random.Next(DemoPeople.Towns.Length)];
        var relative = DemoPeople.RelativeNames[random.Next(DemoPeople.RelativeNames.Length)];
        return new Patient
        {
            Id = id,
            ClinicianId = clinicianId,
            Status = random.NextDouble() < 0.1 ? PatientStatus.Discharged : PatientStatus.Active,
            WhatMattersToMe = ScaleSessionBuilder.Goals[random.Next(ScaleSessionBuilder.Goals.Length)],
            NextStep = ScaleSessionBuilder.NextSteps[random.Next(ScaleSessionBuilder.NextSteps.Length)],
            CreatedAt = new DateTimeOffset(today.AddDays(-600).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
            Identity = new PatientIdentity
            {
                PatientId = id,
                GivenName = given,
                FamilyName = family,
                DateOfBirth = today.AddYears(-random.Next(24, 81)).AddDays(-random.Next(365)),
                HealthcareNumber = DemoPeople.HealthcareNumber(random),
                Phone = $"07700 900{random.Next(1000):000}",
                Email = $"{given}.{family.Replace("'", string.Empty, StringComparison.Ordinal)}{index}@example.com".ToLowerInvariant(),
                Address = $"{random.Next(1, 120)} {DemoPeople.Streets[random.Next(DemoPeople.Streets.Length)]}, {town}",
                RelativesNames = [$"{relative} ({DemoPeople.Relations[random.Next(DemoPeople.Relations.Length)]})"],
            },
        };
    }

    private Guid NewGuid() => ScaleSessionBuilder.NewGuid(random);
}
