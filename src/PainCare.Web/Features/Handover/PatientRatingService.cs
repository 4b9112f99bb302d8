using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Alliance;

namespace PainCare.Web.Features.Handover;

public sealed record HandoverModel(Guid SessionId, string FirstName, InstrumentDefinition Instrument, bool AlreadyRated);

public sealed record RatingOutcome(bool Saved, IReadOnlyList<string> Problems);

/// <summary>
/// A rating of one attended session on the clinic's alliance instrument: the patient's (private, on a handed-over screen)
/// or the clinician's own (its counterpart form). One per session and rater.
/// </summary>
public sealed class PatientRatingService(IDbContextFactory<PainCareDbContext> contextFactory, AllianceAnalyser analyser, TimeProvider clock)
{
    public async Task<HandoverModel?> GetAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default) =>
        await GetAsync(clinicianId, sessionId, RaterRole.Patient, cancellationToken);

    public async Task<HandoverModel?> GetAsync(string clinicianId, Guid sessionId, RaterRole rater, CancellationToken cancellationToken = default)
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
                s.Patient.Identity.PreferredName ?? s.Patient.Identity.GivenName,
                instrument,
                s.Ratings.Any(r => r.InstrumentId == instrument.Id && r.Rater == rater)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public Task<RatingOutcome> SubmitAsync(string clinicianId, Guid sessionId, IReadOnlyList<int?> items, CancellationToken cancellationToken = default) =>
        SubmitAsync(clinicianId, sessionId, RaterRole.Patient, items, cancellationToken);

    public async Task<RatingOutcome> SubmitAsync(string clinicianId, Guid sessionId, RaterRole rater, IReadOnlyList<int?> items, CancellationToken cancellationToken = default)
    {
        var model = await GetAsync(clinicianId, sessionId, rater, cancellationToken);
        if (model is null)
        {
            return new RatingOutcome(false, ["This session cannot be rated."]);
        }

        if (model.AlreadyRated)
        {
            return new RatingOutcome(false, ["This session has already been rated. Thank you."]);
        }

        var result = RatingScoring.Score(model.Instrument, items);
        if (!result.Validation.IsValid || result.Score is null)
        {
            return new RatingOutcome(false, result.Validation.Errors.Count > 0 ? result.Validation.Errors : ["Please answer every question."]);
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
            Total = Math.Round((decimal)result.Score.Total, 2),
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
            return new RatingOutcome(false, ["This session has already been rated. Thank you."]);
        }
    }
}
