using PainCare.Domain.Alliance;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Alliance;

/// <summary>One session of a patient's series as read from the database, with its alliance ratings' item scores.</summary>
public sealed record SessionRatings(Guid PatientId, DateTimeOffset StartsAt, Attendance Attendance, int? PainBefore, IReadOnlyList<RatingRow> Ratings);

public sealed record RatingRow(string InstrumentId, RaterRole Rater, int[] Items);

/// <summary>
/// Turns stored sessions and ratings into the alliance module's series and runs its flag rules. The clinic rates with
/// one form (setting <c>PainCare:AllianceInstrument</c>); without a setting it is PainCare's own check-in, ready on day one.
/// </summary>
public sealed class AllianceAnalyser(InstrumentCatalogue catalogue, string? instrumentId = null)
{
    public const string Setting = "PainCare:AllianceInstrument";

    public string InstrumentId { get; } = string.IsNullOrWhiteSpace(instrumentId) ? InstrumentCatalogue.CheckInId : instrumentId;

    public (InstrumentDefinition Patient, InstrumentDefinition? Clinician) Instruments =>
        catalogue.FindPair(InstrumentId) ?? throw new InvalidOperationException($"The alliance instrument '{InstrumentId}' is not loaded.");

    /// <summary>PainCare's own check-in, offered when the clinic's form cannot be shown to a patient.</summary>
    public InstrumentDefinition? CheckIn => catalogue.Find(InstrumentCatalogue.CheckInId);

    public AllianceAnalysis Analyse(IReadOnlyList<SessionRatings> sessions)
    {
        var (patient, clinician) = Instruments;
        var series = sessions
            .OrderBy(s => s.StartsAt)
            .Select((s, i) => new RatedSession(
                i + 1,
                DateOnly.FromDateTime(s.StartsAt.UtcDateTime),
                s.Attendance switch
                {
                    Attendance.Attended => SessionAttendance.Attended,
                    Attendance.Cancelled => SessionAttendance.Cancelled,
                    _ => SessionAttendance.DidNotAttend,
                },
                Items(s, patient.Id, RaterRole.Patient),
                clinician is null ? null : Items(s, clinician.Id, RaterRole.Clinician)))
            .ToList();
        return new AllianceFlagger().Analyse(patient, series, clinician);
    }

    private static int?[]? Items(SessionRatings session, string instrumentId, RaterRole rater) =>
        session.Ratings.FirstOrDefault(r => r.InstrumentId == instrumentId && r.Rater == rater)?.Items.Select(i => (int?)i).ToArray();
}
