namespace PainCare.Domain.Alliance;

/// <summary>Whether a booked session took place.</summary>
public enum SessionAttendance
{
    Attended,
    DidNotAttend,
    Cancelled,
}

/// <summary>
/// One session in a patient's series, as the flagger sees it. Item scores are in instrument order
/// (null item = unanswered); a null list means that rater did not rate the session.
/// </summary>
public sealed record RatedSession(
    int Number,
    DateOnly Date,
    SessionAttendance Attendance,
    IReadOnlyList<int?>? PatientItems = null,
    IReadOnlyList<int?>? ClinicianItems = null);

/// <summary>A session with its valid scores; a score is null when not rated or the rating was invalid.</summary>
public sealed record ScoredSession(
    int Number,
    DateOnly Date,
    SessionAttendance Attendance,
    RatingScore? Patient,
    RatingScore? Clinician,
    IReadOnlyList<int?>? PatientItems);
