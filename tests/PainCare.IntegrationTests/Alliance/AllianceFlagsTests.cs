using PainCare.Domain.Alliance;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;
using PainCare.IntegrationTests.Narratives;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Caseload;
using PainCare.Web.Features.Patients;

namespace PainCare.IntegrationTests.Alliance;

public sealed class AllianceFlagsTests
{
    private static readonly AllianceAnalyser _analyser = new(InstrumentCatalogue.LoadDefaults());

    [Fact]
    public async Task FallingPatientRatings_MarkThePatientAsNeedingAttention_AmongTheFirstOnTheCaseload()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var patientId = await AddPatientWithRatingsAsync(clinic, [4.8, 4.6, 4.7, 4.5, 3.9, 3.1, 2.2]);

        var caseload = await new CaseloadService(clinic.Contexts, _analyser, PainCare.Web.Features.Audit.NoAuditTrail.Instance).GetCaseloadAsync(clinic.Sam);

        var entry = Assert.Single(caseload, e => e.PatientId == patientId);
        Assert.True(entry.NeedsAttention);
        var firstCalm = caseload.ToList().FindIndex(e => !e.NeedsAttention);
        Assert.True(firstCalm < 0 || caseload.Skip(firstCalm).All(e => !e.NeedsAttention), "Patients needing attention come first.");
        // One open episode: it began with the fall below the patient's usual range at session 5 and has not recovered by 7.
        var open = Assert.Single(entry.OpenFlags, f => f.Severity == FlagSeverity.Alert);
        Assert.Equal((5, AllianceRules.BelowUsualRange), (open.Session, open.Rule));
    }

    [Fact]
    public async Task Trend_HasAPointPerSession_MissedSessionsAndTheFlagsWithReasons()
    {
        await using var clinic = await ClinicFixture.CreateAsync();
        var patientId = await AddPatientWithRatingsAsync(clinic, [4.8, 4.6, null, 4.7, 3.5, 2.4]);

        var trend = await new AllianceTrendService(clinic.Contexts, _analyser, PainCare.Web.Features.Audit.NoAuditTrail.Instance).GetAsync(clinic.Sam, patientId);

        Assert.NotNull(trend);
        Assert.Equal(6, trend.Points.Count);
        Assert.Equal(Attendance.DidNotAttend, trend.Points[2].Attendance);
        Assert.Null(trend.Points[2].Patient);
        Assert.Equal(2.33, trend.Points[5].Patient!.Value, precision: 2);
        Assert.Contains(trend.Flags, f => f.Session == 6 && f.Severity == FlagSeverity.Alert && f.Detail.Length > 0);
        Assert.Null(await new AllianceTrendService(clinic.Contexts, _analyser, PainCare.Web.Features.Audit.NoAuditTrail.Instance).GetAsync(clinic.Priya, patientId));
    }

    /// <summary>A new patient on Sam's caseload with weekly sessions; null means a missed session.</summary>
    private static async Task<Guid> AddPatientWithRatingsAsync(ClinicFixture clinic, double?[] patientLevels)
    {
        var patientId = await new PatientService(clinic.Contexts, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance).CreateAsync(clinic.Sam, new PatientInput
        {
            GivenName = "Trend",
            FamilyName = "Testcase",
            DateOfBirth = new DateOnly(1970, 1, 1),
        });
        await using var db = clinic.Database.CreateContext();
        var start = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < patientLevels.Length; i++)
        {
            var session = new Session
            {
                Id = Guid.CreateVersion7(),
                PatientId = patientId,
                ClinicianId = clinic.Sam,
                StartsAt = start.AddDays(7 * i),
                DurationMinutes = 45,
                Attendance = patientLevels[i] is null ? Attendance.DidNotAttend : Attendance.Attended,
                PainBefore = patientLevels[i] is null ? null : 6,
            };
            if (patientLevels[i] is { } level)
            {
                session.Ratings.Add(Rating(session.Id, "paincare-checkin", RaterRole.Patient, level));
                session.Ratings.Add(Rating(session.Id, "paincare-checkin-clinician", RaterRole.Clinician, 4.0));
            }

            db.Sessions.Add(session);
        }

        await db.SaveChangesAsync();
        return patientId;
    }

    private static AllianceRating Rating(Guid sessionId, string instrument, RaterRole rater, double level)
    {
        // Items whose mean is the level (to 2 dp): some items one step higher.
        var baseline = (int)Math.Floor(level);
        var higher = (int)Math.Round((level - baseline) * 6);
        var items = Enumerable.Range(0, 6).Select(i => Math.Min(5, baseline + (i < higher ? 1 : 0))).ToArray();
        return new AllianceRating
        {
            Id = Guid.CreateVersion7(),
            SessionId = sessionId,
            InstrumentId = instrument,
            InstrumentVersion = "1",
            Rater = rater,
            ItemScores = items,
            RatedAt = DateTimeOffset.UtcNow,
        };
    }
}
