using PainCare.Domain.Alliance;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Alliance;

/// <summary>One session of a patient's series as read from the database, with its alliance ratings' item scores.</summary>
public sealed record SessionRatings(Guid PatientId, DateTimeOffset StartsAt, Attendance Attendance, int? PainBefore, IReadOnlyList<RatingRow> Ratings);

public sealed record RatingRow(string InstrumentId, RaterRole Rater, int[] Items);

/// <summary>Turns stored sessions and ratings into the alliance module's series and runs its flag rules.</summary>
public sealed class AllianceAnalyser(InstrumentCatalogue catalogue)
{
    /// <summary>The alliance instrument the clinic rates with; the first patient-rated instrument with a clinician counterpart.</summary>
    public const string DefaultInstrument = "wai-sr-patient";

    public (InstrumentDefinition Patient, InstrumentDefinition? Clinician) Instruments =>
        catalogue.FindPair(DefaultInstrument) ?? throw new InvalidOperationException($"The alliance instrument '{DefaultInstrument}' is not loaded.");

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
