using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;

namespace PainCare.Domain.Sessions;

/// <summary>One appointment between a clinician and a patient.</summary>
public sealed class Session
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public Patient Patient { get; set; } = null!;

    /// <summary>The user id of the clinician who held the session.</summary>
    public required string ClinicianId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public int DurationMinutes { get; set; }

    public Attendance Attendance { get; set; }

    /// <summary>Pain before the session on the 0–10 numeric rating scale.</summary>
    public int? PainBefore { get; set; }

    /// <summary>Pain after the session on the 0–10 numeric rating scale.</summary>
    public int? PainAfter { get; set; }

    public NarrativeNote? Note { get; set; }

    public List<Ratings.AllianceRating> Ratings { get; set; } = [];

    /// <summary>
    /// Sets attendance and pain together, or changes nothing and says why (<see cref="SessionFacts.Check"/>): a cancelled
    /// or missed session has no pain scores.
    /// </summary>
    public SessionFactsProblem? RecordFacts(Attendance attendance, int? painBefore, int? painAfter)
    {
        if (SessionFacts.Check(attendance, painBefore, painAfter) is { } problem)
        {
            return problem;
        }

        (Attendance, PainBefore, PainAfter) = (attendance, painBefore, painAfter);
        return null;
    }

    /// <summary>
    /// Corrects the session's facts with the rules they were recorded under (<see cref="SessionFacts.Check"/>), or changes
    /// nothing and says why. <paramref name="noteSigned"/> and <paramref name="hasNarrative"/> describe the note, which the
    /// caller may not have loaded with its text.
    /// </summary>
    public SessionCorrection Correct(SessionDetails details, bool noteSigned, bool hasNarrative)
    {
        if (noteSigned)
        {
            return SessionCorrection.Refused(SessionCorrectionRefusal.NoteSigned);
        }

        if (details.DurationMinutes is < ShortestMinutes or > LongestMinutes)
        {
            return SessionCorrection.Refused(SessionCorrectionRefusal.DurationOutOfRange);
        }

        if (SessionFacts.Check(details.Attendance, details.PainBefore, details.PainAfter) is { } problem)
        {
            return SessionCorrection.Refused(problem == SessionFactsProblem.PainOutOfRange
                ? SessionCorrectionRefusal.PainOutOfRange
                : SessionCorrectionRefusal.PainWithoutAttendance);
        }

        if (details.Attendance != Attendance.Attended && hasNarrative)
        {
            return SessionCorrection.Refused(SessionCorrectionRefusal.NarrativeWithoutAttendance);
        }

        var changed = new List<SessionField>();
        if (StartsAt != details.StartsAt) { changed.Add(SessionField.StartsAt); }
        if (DurationMinutes != details.DurationMinutes) { changed.Add(SessionField.Duration); }
        if (Attendance != details.Attendance) { changed.Add(SessionField.Attendance); }
        if (PainBefore != details.PainBefore) { changed.Add(SessionField.PainBefore); }
        if (PainAfter != details.PainAfter) { changed.Add(SessionField.PainAfter); }
        (StartsAt, DurationMinutes) = (details.StartsAt, details.DurationMinutes);
        (Attendance, PainBefore, PainAfter) = (details.Attendance, details.PainBefore, details.PainAfter);
        return new SessionCorrection(null, changed);
    }

    /// <summary>
    /// Null when a session recorded by mistake may be deleted: nothing clinical hangs from it (ADR 0290). Otherwise the
    /// first reason it must stay.
    /// </summary>
    public static SessionDeletionRefusal? CanBeDeleted(SessionDependants dependants) => dependants switch
    {
        { NoteSigned: true } => SessionDeletionRefusal.NoteSigned,
        { NarrativeSaved: true } => SessionDeletionRefusal.NarrativeSaved,
        { HasObservations: true } => SessionDeletionRefusal.HasObservations,
        { HasRatings: true } => SessionDeletionRefusal.HasRatings,
        { HasReflectionAnswers: true } => SessionDeletionRefusal.HasReflectionAnswers,
        { HasRatingLinks: true } => SessionDeletionRefusal.HasRatingLinks,
        { InVignette: true } => SessionDeletionRefusal.InVignette,
        _ => null,
    };

    /// <summary>The form's limits for a session's length, in minutes.</summary>
    public const int ShortestMinutes = 5;

    public const int LongestMinutes = 240;

    /// <summary>Optimistic concurrency token: the data layer adds one on every save, and a save over a changed value is refused.</summary>
    public uint Version { get; set; }
}
