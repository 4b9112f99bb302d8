namespace PainCare.Domain.Sessions;

/// <summary>A session's facts as the clinician corrects them: when, how long, whether the patient came, and pain.</summary>
public sealed record SessionDetails(DateTimeOffset StartsAt, int DurationMinutes, Attendance Attendance, int? PainBefore, int? PainAfter);

/// <summary>Why a correction changed nothing.</summary>
public enum SessionCorrectionRefusal
{
    /// <summary>The note has been signed off: the session's facts were attested with it; corrections are addenda.</summary>
    NoteSigned,

    /// <summary>A pain score that is not a whole number from 0 to 10.</summary>
    PainOutOfRange,

    /// <summary>Pain on a session the patient did not attend.</summary>
    PainWithoutAttendance,

    /// <summary>A narrative on a session the patient did not attend: there was no session to write about.</summary>
    NarrativeWithoutAttendance,

    /// <summary>A duration outside <see cref="Session.ShortestMinutes"/> to <see cref="Session.LongestMinutes"/>.</summary>
    DurationOutOfRange,
}

/// <summary>Which of a session's facts a correction changes; never their values (they go in the audit trail by name).</summary>
public enum SessionField
{
    StartsAt,
    Duration,
    Attendance,
    PainBefore,
    PainAfter,
}

/// <summary>What <see cref="Session.Correct"/> decided: refused with the reason, or the fields it changed (none is fine).</summary>
public sealed record SessionCorrection(SessionCorrectionRefusal? Refusal, IReadOnlyList<SessionField> Changed)
{
    public bool Succeeded => Refusal is null;

    public static SessionCorrection Refused(SessionCorrectionRefusal refusal) => new(refusal, []);
}

/// <summary>Why a session cannot be deleted (ADR 0290): anything clinical hanging from it keeps it.</summary>
public enum SessionDeletionRefusal
{
    NoteSigned,

    /// <summary>Words have been saved: the history of a narrative is append-only (ADR 0007, 0220) and is never deleted.</summary>
    NarrativeSaved,

    HasObservations,

    HasRatings,

    HasReflectionAnswers,

    HasRatingLinks,

    InVignette,
}

/// <summary>What else hangs from a session, counted by the data layer, for <see cref="Session.CanBeDeleted"/>.</summary>
public sealed record SessionDependants(
    bool NoteSigned, bool NarrativeSaved, bool HasObservations, bool HasRatings, bool HasReflectionAnswers, bool HasRatingLinks, bool InVignette);
