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

    /// <summary>Optimistic concurrency token: the data layer adds one on every save, and a save over a changed value is refused.</summary>
    public uint Version { get; set; }
}
