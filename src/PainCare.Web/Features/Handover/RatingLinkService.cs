using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Handover;

/// <summary>An open link's form, and a random id naming the copy of the choices the browser keeps (never the token).</summary>
public sealed record LinkRating(InstrumentDefinition Instrument, Guid FormId);

/// <summary>What opening a link finds: its form, or that its rating was already received (a reload after sending), or neither.</summary>
public sealed record LinkOpening(LinkRating? Rating, bool Received)
{
    public static LinkOpening Unusable { get; } = new(null, false);
}

/// <summary>A new link's token, or why none was made.</summary>
public sealed record LinkCreation(string? Token, RatingRefusal? Refusal)
{
    public static LinkCreation Refused(RatingRefusal refusal) => new(null, refusal);
}

/// <summary>One-time links for rating a session at home: a random token, stored only as its hash, valid 7 days, used once.</summary>
public sealed class RatingLinkService(IDbContextFactory<PainCareDbContext> contextFactory, AllianceAnalyser analyser, TimeProvider clock, IAuditTrail audit)
{
    public const string Unavailable = "This link has expired or has already been used. Ask your physiotherapist for a new one.";

    public const string SpentWhileAnswering =
        "Your answers could not be sent: this link expired or was used on another device while you were answering. Nothing else is needed from you; please mention it to your physiotherapist.";

    /// <summary>
    /// Whether a link may be made for the session: null when it may; <see cref="RatingRefusal.NotRateable"/> unless it is an
    /// attended session on this caseload; already rated by the patient; or a form with placeholder wording.
    /// </summary>
    public async Task<RatingRefusal?> CanLinkAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var refusal = await CanLinkCoreAsync(clinicianId, sessionId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForSession(AuditActions.SessionRead, clinicianId, sessionId, refusal != RatingRefusal.NotRateable), cancellationToken);
        return refusal;
    }

    private async Task<RatingRefusal?> CanLinkCoreAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await RefusalAsync(db, clinicianId, sessionId, cancellationToken);
    }

    /// <summary>The token for a new link, or the typed reason none was made. The audit row never holds the token.</summary>
    public async Task<LinkCreation> CreateAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var creation = await CreateCoreAsync(clinicianId, sessionId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.RatingLinkCreate, clinicianId, AuditEntities.Session, sessionId, creation.Token is not null), cancellationToken);
        return creation;
    }

    private async Task<LinkCreation> CreateCoreAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await RefusalAsync(db, clinicianId, sessionId, cancellationToken) is { } refusal)
        {
            return LinkCreation.Refused(refusal);
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        db.RatingLinks.Add(new RatingLink
        {
            Id = Guid.CreateVersion7(),
            SessionId = sessionId,
            TokenHash = Hash(token),
            CreatedById = clinicianId,
            CreatedAt = now,
            ExpiresAt = now + RatingLink.Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new LinkCreation(token, null);
    }

    private async Task<RatingRefusal?> RefusalAsync(PainCareDbContext db, string clinicianId, Guid sessionId, CancellationToken cancellationToken)
    {
        var instrument = analyser.Instruments.Patient;
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId && s.Attendance == Attendance.Attended)
            .Select(s => new { Rated = s.Ratings.Any(r => r.InstrumentId == instrument.Id && r.Rater == RaterRole.Patient) })
            .SingleOrDefaultAsync(cancellationToken);
        return session is null ? RatingRefusal.NotRateable
            : session.Rated ? RatingRefusal.AlreadyRated
            : instrument.Readiness != FormReadiness.Ready ? RatingRefusal.PlaceholderWording
            : null;
    }

    /// <summary>
    /// The link's form while it is usable. A link spent by its own rating reads as received, so a reload after sending
    /// thanks the patient; that says nothing a holder of the link did not already know.
    /// </summary>
    public async Task<LinkOpening> OpenAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var instrument = analyser.Instruments.Patient;
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        // One query: whether the link was spent, and whether it can still be used.
        var found = await db.RatingLinks.AsNoTracking()
            .Where(l => l.TokenHash == hash)
            .Select(l => new
            {
                l.Id,
                Spent = l.UsedAt != null,
                Usable = l.UsedAt == null && l.ExpiresAt > now
                    && !db.AllianceRatings.Any(r => r.SessionId == l.SessionId && r.InstrumentId == instrument.Id && r.Rater == RaterRole.Patient),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is { Spent: true })
        {
            return new LinkOpening(null, Received: true);
        }

        return found is { Usable: true } && instrument.Readiness == FormReadiness.Ready
            ? new LinkOpening(new LinkRating(instrument, found.Id), false)
            : LinkOpening.Unusable;
    }

    /// <summary>Saves the rating and spends the link in one transaction; a second use finds the link spent. The patient has no user id.</summary>
    public async Task<RatingOutcome> SubmitAsync(string token, IReadOnlyList<int?> items, CancellationToken cancellationToken = default)
    {
        var outcome = await SubmitCoreAsync(token, items, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.RatingSubmit, outcome.Saved ? AuditOutcomes.Succeeded : AuditOutcomes.Failed, UserId: null, "rating-link"), cancellationToken);
        return outcome;
    }

    /// <summary>
    /// A form sent from a link that was no longer usable when its page opened: nothing is saved or read, and the attempt
    /// is audited as a failed rating, as <see cref="SubmitAsync"/> audits a refused one.
    /// </summary>
    public Task RefuseUnusableLinkAsync(CancellationToken cancellationToken = default) =>
        audit.RecordAsync(new AuditEntry(AuditActions.RatingSubmit, AuditOutcomes.Failed, UserId: null, "rating-link"), cancellationToken);

    private async Task<RatingOutcome> SubmitCoreAsync(string token, IReadOnlyList<int?> items, CancellationToken cancellationToken = default)
    {
        var instrument = analyser.Instruments.Patient;
        if (instrument.Readiness != FormReadiness.Ready)
        {
            return RatingOutcome.Refused(RatingRefusal.PlaceholderWording, RatingRefusalText.PlaceholderWording);
        }

        var score = RatingScoring.Score(instrument, items);
        if (!score.Validation.IsValid || score.Score is null)
        {
            return RatingOutcome.Refused(RatingRefusal.Incomplete, score.Validation.Errors.Count > 0 ? [.. score.Validation.Errors] : ["Please answer every question."]);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var link = await UsableLink(db, token).SingleOrDefaultAsync(cancellationToken);
        var spent = link is null ? 0 : await db.RatingLinks
            .Where(l => l.Id == link.Id && l.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.UsedAt, now), cancellationToken);
        if (link is null || spent == 0)
        {
            return RatingOutcome.Refused(RatingRefusal.LinkUnavailable, Unavailable);
        }

        db.AllianceRatings.Add(new AllianceRating
        {
            Id = Guid.CreateVersion7(),
            SessionId = link.SessionId,
            InstrumentId = instrument.Id,
            InstrumentVersion = instrument.Version,
            Rater = RaterRole.Patient,
            ItemScores = items.Select(i => i!.Value).ToArray(),
            RatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RatingOutcome(true, []);
        }
        catch (DbUpdateException)
        {
            return RatingOutcome.Refused(RatingRefusal.AlreadyRated, "This session has already been rated. Thank you.");
        }
    }

    private IQueryable<RatingLink> UsableLink(PainCareDbContext db, string token)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        var instrument = analyser.Instruments.Patient.Id;
        return db.RatingLinks.Where(l => l.TokenHash == hash && l.UsedAt == null && l.ExpiresAt > now
            && !db.AllianceRatings.Any(r => r.SessionId == l.SessionId && r.InstrumentId == instrument && r.Rater == RaterRole.Patient));
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
