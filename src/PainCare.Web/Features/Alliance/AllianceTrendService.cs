using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Alliance;

public sealed record TrendPoint(
    int Number, Guid SessionId, DateTimeOffset StartsAt, Attendance Attendance, double? Patient, double? Clinician, int? Pain, IReadOnlyDictionary<string, double> Subscales)
{
    /// <summary>What the session's narrative recorded (observations, reflection prompts).</summary>
    public SessionMarks Marks { get; init; } = SessionMarks.None;
}

public sealed record TrendModel(
    Guid PatientId, string PatientName, InstrumentDefinition Instrument, IReadOnlyList<TrendPoint> Points, IReadOnlyList<AllianceFlag> Flags)
{
    /// <summary>One entry per episode (a drop and the missed sessions after it are one), newest first.</summary>
    public IReadOnlyList<FlagEpisode> Episodes { get; init; } = [];
}

/// <summary>
/// One patient's alliance and pain over time, with the flags the alliance rules raise and what each session's narrative
/// recorded, in four queries whatever the number of sessions: the patient, the sessions with their ratings, the
/// observations, the reflection responses.
/// </summary>
public sealed class AllianceTrendService(IDbContextFactory<PainCareDbContext> contextFactory, AllianceAnalyser analyser, IAuditTrail audit)
{
    public async Task<TrendModel?> GetAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        var model = await GetCoreAsync(clinicianId, patientId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForPatient(AuditActions.TrendRead, clinicianId, patientId, model is not null), cancellationToken);
        return model;
    }

    private async Task<TrendModel?> GetCoreAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.Patients.AsNoTracking()
            .Where(p => p.Id == patientId && p.ClinicianId == clinicianId)
            .Select(p => PatientIdentity.DisplayNameOf(p.Identity.GivenName, p.Identity.FamilyName, p.Identity.PreferredName))
            .SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.PatientId == patientId)
            .OrderBy(s => s.StartsAt)
            .Select(s => new
            {
                s.Id,
                Ratings = new SessionRatings(
                    s.PatientId, s.StartsAt, s.Attendance, s.Attendance == Attendance.Attended ? s.PainBefore : null, s.Ratings.Select(r => new RatingRow(r.InstrumentId, r.Rater, r.ItemScores)).ToList()),
            })
            .ToListAsync(cancellationToken);
        var marks = SessionMarks.BySession(await ObservationsAsync(db, patientId, cancellationToken), await PromptsAsync(db, patientId, cancellationToken));
        var analysis = analyser.Analyse([.. sessions.Select(s => s.Ratings)]);
        var points = sessions.Zip(analysis.Sessions, (s, scored) => new TrendPoint(
                scored.Number,
                s.Id,
                s.Ratings.StartsAt,
                s.Ratings.Attendance,
                scored.Patient?.Total,
                scored.Clinician?.Total,
                // A pain score on a cancelled or missed session (stored before the rule) is not plotted.
                SessionFacts.PlottedPain(s.Ratings.Attendance, s.Ratings.PainBefore),
                scored.Patient?.Subscales ?? new Dictionary<string, double>())
            {
                Marks = marks.GetValueOrDefault(s.Id) ?? SessionMarks.None,
            })
            .ToList();
        return new TrendModel(patientId, name, analyser.Instruments.Patient, points, analysis.Flags)
        {
            Episodes = [.. analysis.Episodes.OrderByDescending(e => e.FirstSession)],
        };
    }

    private static Task<List<MarkedObservation>> ObservationsAsync(PainCareDbContext db, Guid patientId, CancellationToken cancellationToken) =>
        (from note in db.NarrativeNotes
         join session in db.Sessions on note.SessionId equals session.Id
         where session.PatientId == patientId
         from observation in note.Observations
         where observation.Kind == ObservationKind.SafetyCue || observation.Kind == ObservationKind.Strain || observation.Kind == ObservationKind.Connection
         select new MarkedObservation(note.SessionId, observation.Kind, observation.Aspect))
        .AsNoTracking()
        .ToListAsync(cancellationToken);

    private static Task<List<MarkedPrompt>> PromptsAsync(PainCareDbContext db, Guid patientId, CancellationToken cancellationToken) =>
        (from response in db.ReflectionResponses
         join session in db.Sessions on response.SessionId equals session.Id
         where session.PatientId == patientId && !response.IsDismissed && ((response.Answer != null && response.Answer != string.Empty) || response.IsPinned)
         select new MarkedPrompt(response.SessionId, response.Answer != null && response.Answer != string.Empty, response.IsPinned))
        .AsNoTracking()
        .ToListAsync(cancellationToken);
}
