using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Domain.Patients;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Handover;

public sealed record HandoverModel(Guid SessionId, string FirstName, InstrumentDefinition Instrument, bool AlreadyRated)
{
    /// <summary>Why this form cannot be put in front of the patient now, or null when it can.</summary>
    public RatingRefusal? Refusal => AlreadyRated ? RatingRefusal.AlreadyRated
        : Instrument.Rater == InstrumentRater.Patient && Instrument.Readiness != FormReadiness.Ready ? RatingRefusal.PlaceholderWording
        : null;
}

/// <summary>
/// A rating of one attended session on the clinic's alliance instrument: the patient's (private, on a handed-over screen)
/// or the clinician's own (its counterpart form). One per session and rater.
/// </summary>
public sealed class PatientRatingService(IDbContextFactory<PainCareDbContext> contextFactory, AllianceAnalyser analyser, TimeProvider clock, IAuditTrail audit)
{
    public async Task<HandoverModel?> GetAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default) =>
        await GetAsync(clinicianId, sessionId, RaterRole.Patient, cancellationToken);

    public async Task<HandoverModel?> GetAsync(string clinicianId, Guid sessionId, RaterRole rater, CancellationToken cancellationToken = default)
    {
        var model = await LoadAsync(clinicianId, sessionId, rater, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForSession(AuditActions.SessionRead, clinicianId, sessionId, model is not null), cancellationToken);
        return model;
    }

    private async Task<HandoverModel?> LoadAsync(string clinicianId, Guid sessionId, RaterRole rater, CancellationToken cancellationToken)
    {
        var instrument = rater == RaterRole.Patient ? analyser.Instruments.Patient : analyser.Instruments.Clinician;
        if (instrument is null)
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId && s.Attendance == Attendance.Attended)
            .Select(s => new HandoverModel(
                s.Id,
                PatientIdentity.CallNameOf(s.Patient.Identity.GivenName, s.Patient.Identity.PreferredName),
                instrument,
                s.Ratings.Any(r => r.InstrumentId == instrument.Id && r.Rater == rater)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Whether the patient and the clinician have rated the session, and whether the form may be shown; null when not on this caseload.</summary>
    public async Task<SessionRatingStatus?> GetStatusAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var status = await GetStatusCoreAsync(clinicianId, sessionId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForSession(AuditActions.SessionRead, clinicianId, sessionId, status is not null), cancellationToken);
        return status;
    }

    private async Task<SessionRatingStatus?> GetStatusCoreAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken)
    {
        var (patient, clinician) = analyser.Instruments;
        var counterpartId = clinician?.Id;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rated = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId)
            .Select(s => new
            {
                Patient = s.Ratings.Any(r => r.InstrumentId == patient.Id && r.Rater == RaterRole.Patient),
                Clinician = s.Ratings.Any(r => r.InstrumentId == counterpartId && r.Rater == RaterRole.Clinician),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return rated is null ? null : new SessionRatingStatus(patient.Name, rated.Patient, rated.Clinician, patient.Readiness);
    }

    public Task<RatingOutcome> SubmitAsync(string clinicianId, Guid sessionId, IReadOnlyList<int?> items, CancellationToken cancellationToken = default) =>
        SubmitAsync(clinicianId, sessionId, RaterRole.Patient, items, cancellationToken);

    public async Task<RatingOutcome> SubmitAsync(string clinicianId, Guid sessionId, RaterRole rater, IReadOnlyList<int?> items, CancellationToken cancellationToken = default)
    {
        var outcome = await SubmitCoreAsync(clinicianId, sessionId, rater, items, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.RatingSubmit, clinicianId, AuditEntities.Session, sessionId, outcome.Saved), cancellationToken);
        return outcome;
    }

    private async Task<RatingOutcome> SubmitCoreAsync(string clinicianId, Guid sessionId, RaterRole rater, IReadOnlyList<int?> items, CancellationToken cancellationToken)
    {
        var model = await LoadAsync(clinicianId, sessionId, rater, cancellationToken);
        if (model is null)
        {
            return RatingOutcome.Refused(RatingRefusal.NotRateable, "This session cannot be rated.");
        }

        switch (model.Refusal)
        {
            case RatingRefusal.AlreadyRated:
                return RatingOutcome.Refused(RatingRefusal.AlreadyRated, "This session has already been rated. Thank you.");
            case { } refusal:
                return RatingOutcome.Refused(refusal, RatingRefusalText.PlaceholderWording);
        }

        var result = RatingScoring.Score(model.Instrument, items);
        if (!result.Validation.IsValid || result.Score is null)
        {
            return RatingOutcome.Refused(RatingRefusal.Incomplete, result.Validation.Errors.Count > 0 ? [.. result.Validation.Errors] : ["Please answer every question."]);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AllianceRatings.Add(new AllianceRating
        {
            Id = Guid.CreateVersion7(),
            SessionId = sessionId,
            InstrumentId = model.Instrument.Id,
            InstrumentVersion = model.Instrument.Version,
            Rater = rater,
            ItemScores = items.Select(i => i!.Value).ToArray(),
            RatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new RatingOutcome(true, []);
        }
        catch (DbUpdateException)
        {
            // The unique index on session, instrument and rater: a second submission (another tab, a double tap).
            return RatingOutcome.Refused(RatingRefusal.AlreadyRated, "This session has already been rated. Thank you.");
        }
    }
}
