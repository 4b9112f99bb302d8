namespace PainCare.Web.Features.Handover;

/// <summary>Why a rating could not be started or saved; pages branch on this, never on message text.</summary>
public enum RatingRefusal
{
    /// <summary>Not an attended session on this caseload (shown as not found).</summary>
    NotRateable,

    /// <summary>This rater has already rated the session.</summary>
    AlreadyRated,

    /// <summary>The clinic's form still has placeholder wording: it may not be shown to a patient.</summary>
    PlaceholderWording,

    /// <summary>An answer is missing or outside the scale.</summary>
    Incomplete,

    /// <summary>The home link has expired or been used.</summary>
    LinkUnavailable,
}

/// <summary>Whether a rating was saved; when not, the typed reason and the words to show.</summary>
public sealed record RatingOutcome(bool Saved, IReadOnlyList<string> Problems)
{
    public RatingRefusal? Refusal { get; init; }

    public static RatingOutcome Refused(RatingRefusal refusal, params string[] problems) => new(false, problems) { Refusal = refusal };
}

/// <summary>A session's rating state, for the session page and the hand-over and link actions.</summary>
public sealed record SessionRatingStatus(string InstrumentName, bool PatientRated, bool ClinicianRated, Domain.Alliance.FormReadiness Readiness)
{
    /// <summary>Why the patient cannot be asked to rate now, or null when they can.</summary>
    public RatingRefusal? PatientRefusal => PatientRated ? RatingRefusal.AlreadyRated
        : Readiness != Domain.Alliance.FormReadiness.Ready ? RatingRefusal.PlaceholderWording
        : null;
}

/// <summary>Plain words for a refusal, shown on the hand-over and link pages.</summary>
public static class RatingRefusalText
{
    public const string AlreadyRated = "The patient has already rated this session, so there is nothing more to ask them.";

    public const string PlaceholderWording =
        "This clinic's alliance form still has placeholder wording in place of its licensed questions, so it cannot be shown to a patient.";

    public const string OfferCheckIn =
        "PainCare's own check-in is ready to use now: ask your administrator to choose it under Administration, Rating forms, or to import the licensed wording there.";
}
