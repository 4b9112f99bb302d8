using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Sessions.Corrections;

/// <summary>The session's facts as the correction form opens them, with the concurrency token the form sends back.</summary>
public sealed record SessionCorrectionForm(DateOnly Date, TimeOnly StartTime, int DurationMinutes, Attendance Attendance, int? PainBefore, int? PainAfter, uint Version);

/// <summary>What the clinician submits: the clinic's date and time, and the token the form was opened with.</summary>
public sealed record SessionCorrectionInput(DateOnly Date, TimeOnly StartTime, int DurationMinutes, Attendance Attendance, int? PainBefore, int? PainAfter, uint SeenVersion);

public enum CorrectionStatus
{
    Corrected,
    Refused,

    /// <summary>Someone saved the session since the form opened: nothing was written.</summary>
    Conflict,
    NotFound,

    /// <summary>A date after the clinic's today.</summary>
    FutureDate,
}

public sealed record CorrectionResult(CorrectionStatus Status, SessionCorrectionRefusal? Refusal = null, IReadOnlyList<SessionField>? Changed = null);

public enum DeletionStatus
{
    Deleted,
    Refused,
    Conflict,
    NotFound,
}

/// <summary><see cref="PatientId"/> is where the page goes after a deletion.</summary>
public sealed record DeletionResult(DeletionStatus Status, SessionDeletionRefusal? Refusal = null, Guid? PatientId = null);

/// <summary>What the delete confirmation needs: whether deletion is possible, and the date to name.</summary>
public sealed record DeletionCheck(SessionDeletionRefusal? Refusal, DateTimeOffset StartsAt, uint Version);

public sealed record RestoreResult(RestoreOutcome? Outcome, int Revision = 0)
{
    public static RestoreResult NotFound { get; } = new(Outcome: null);
}

/// <summary>Where an open history page stands: restore is offered only for a draft, from the revision shown.</summary>
public sealed record DraftState(bool Signed, int Revision);
