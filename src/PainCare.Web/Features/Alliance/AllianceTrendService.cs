using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Alliance;

public sealed record TrendPoint(
    int Number, DateTimeOffset StartsAt, Attendance Attendance, double? Patient, double? Clinician, int? Pain, IReadOnlyDictionary<string, double> Subscales);

public sealed record TrendModel(
    Guid PatientId, string PatientName, InstrumentDefinition Instrument, IReadOnlyList<TrendPoint> Points, IReadOnlyList<AllianceFlag> Flags)
{
    /// <summary>One entry per episode (a drop and the missed sessions after it are one), newest first.</summary>
    public IReadOnlyList<FlagEpisode> Episodes { get; init; } = [];
}

/// <summary>One patient's alliance and pain over time, with the flags the alliance rules raise, in two queries.</summary>
public sealed class AllianceTrendService(IDbContextFactory<PainCareDbContext> contextFactory, AllianceAnalyser analyser)
{
    public async Task<TrendModel?> GetAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.Patients.AsNoTracking()
            .Where(p => p.Id == patientId && p.ClinicianId == clinicianId)
            .Select(p => (p.Identity.PreferredName ?? p.Identity.GivenName) + " " + p.Identity.FamilyName)
            .SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.PatientId == patientId)
            .OrderBy(s => s.StartsAt)
            .Select(s => new SessionRatings(
                s.PatientId, s.StartsAt, s.Attendance, s.Attendance == Attendance.Attended ? s.PainBefore : null, s.Ratings.Select(r => new RatingRow(r.InstrumentId, r.Rater, r.ItemScores)).ToList()))
            .ToListAsync(cancellationToken);
        var analysis = analyser.Analyse(sessions);
        var points = sessions.Zip(analysis.Sessions, (s, scored) => new TrendPoint(
                scored.Number,
                s.StartsAt,
                s.Attendance,
                scored.Patient?.Total,
                scored.Clinician?.Total,
                // A pain score on a cancelled or missed session (stored before the rule) is not plotted.
                SessionFacts.PlottedPain(s.Attendance, s.PainBefore),
                scored.Patient?.Subscales ?? new Dictionary<string, double>()))
            .ToList();
        return new TrendModel(patientId, name, analyser.Instruments.Patient, points, analysis.Flags)
        {
            Episodes = [.. analysis.Episodes.OrderByDescending(e => e.FirstSession)],
        };
    }
}
