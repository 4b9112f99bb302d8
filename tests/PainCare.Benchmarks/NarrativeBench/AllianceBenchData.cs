using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Identity;
using PainCare.Domain.Patients;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;

namespace PainCare.Benchmarks.NarrativeBench;

/// <summary>The alliance benchmark's clinic (on a migrated database): one physiotherapist with 150 patients of 40 rated sessions, and one of 200.</summary>
internal static class AllianceBenchData
{
    private const string Email = "alliance.bench@paincare.test";

    public static async Task<(string ClinicianId, Guid TrendPatient)> EnsureAsync(DbContextOptions<PainCareDbContext> options, CancellationToken cancellationToken)
    {
        await using var db = new PainCareDbContext(options);
        if (await db.Users.SingleOrDefaultAsync(u => u.Email == Email, cancellationToken) is { } existing)
        {
            var patient = await db.Patients.Where(p => p.ClinicianId == existing.Id).OrderByDescending(p => p.Sessions.Count).Select(p => p.Id).FirstAsync(cancellationToken);
            return (existing.Id, patient);
        }

        var random = new Random(150);
        var user = new PainCareUser { UserName = Email, NormalizedUserName = Email.ToUpperInvariant(), Email = Email, NormalizedEmail = Email.ToUpperInvariant(), DisplayName = "Alliance benchmark", SecurityStamp = Guid.NewGuid().ToString("N") };
        db.Users.Add(user);
        var start = new DateTimeOffset(2022, 1, 3, 9, 0, 0, TimeSpan.Zero);
        Patient? trendPatient = null;
        for (var i = 0; i <= 150; i++)
        {
            var count = i == 150 ? 200 : 40;
            var patient = NewPatient(user.Id, i);
            var level = 3.5 + random.NextDouble();
            for (var n = 0; n < count; n++)
            {
                var session = new Session { Id = Guid.NewGuid(), PatientId = patient.Id, ClinicianId = user.Id, StartsAt = start.AddDays(7 * n), DurationMinutes = 45, Attendance = Attendance.Attended, PainBefore = random.Next(3, 9) };
                level = Math.Clamp(level + ((random.NextDouble() - 0.55) * 0.4), 1, 5);
                session.Ratings.Add(Rating(session.Id, "wai-sr-patient", RaterRole.Patient, level, random));
                session.Ratings.Add(Rating(session.Id, "wai-sr-clinician", RaterRole.Clinician, level - 0.2, random));
                patient.Sessions.Add(session);
            }

            db.Patients.Add(patient);
            trendPatient = i == 150 ? patient : trendPatient;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (user.Id, trendPatient!.Id);
    }

    private static Patient NewPatient(string clinicianId, int i)
    {
        var id = Guid.NewGuid();
        return new Patient
        {
            Id = id,
            ClinicianId = clinicianId,
            CreatedAt = DateTimeOffset.UtcNow,
            Identity = new PatientIdentity { PatientId = id, GivenName = $"Bench{i}", FamilyName = "Patient", DateOfBirth = new DateOnly(1970, 1, 1) },
        };
    }

    private static AllianceRating Rating(Guid sessionId, string instrument, RaterRole rater, double level, Random random)
    {
        var items = Enumerable.Range(0, 12).Select(_ => Math.Clamp((int)Math.Round(level + random.NextDouble() - 0.5), 1, 5)).ToArray();
        return new AllianceRating { Id = Guid.NewGuid(), SessionId = sessionId, InstrumentId = instrument, InstrumentVersion = "placeholder-1", Rater = rater, ItemScores = items, RatedAt = DateTimeOffset.UtcNow };
    }
}
