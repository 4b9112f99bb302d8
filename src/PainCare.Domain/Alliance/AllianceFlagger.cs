namespace PainCare.Domain.Alliance;

/// <summary>
/// Deterministic rupture and risk flags for one patient's series of sessions (docs/instruments.md, "Flags").
/// Invalid ratings are reported as problems and left out; they never throw.
/// </summary>
public sealed class AllianceFlagger(AllianceFlagOptions options)
{
    public AllianceFlagger()
        : this(new AllianceFlagOptions())
    {
    }

    /// <param name="instrument">The patient-rated instrument.</param>
    /// <param name="sessions">The series; it is ordered by session number here.</param>
    /// <param name="clinicianInstrument">The clinician-rated counterpart, if clinician ratings are present.</param>
    public AllianceAnalysis Analyse(InstrumentDefinition instrument, IReadOnlyList<RatedSession> sessions, InstrumentDefinition? clinicianInstrument = null)
    {
        var problems = new List<RatingProblem>();
        var scored = new List<ScoredSession>(sessions.Count);
        var seen = new HashSet<int>();
        foreach (var session in sessions.OrderBy(s => s.Number))
        {
            if (!seen.Add(session.Number))
            {
                problems.Add(new RatingProblem(session.Number, InstrumentRater.Patient, $"session {session.Number} appears more than once; later copies are ignored"));
                continue;
            }

            var patient = Score(session, session.PatientItems, instrument, InstrumentRater.Patient, problems);
            var clinician = Score(session, session.ClinicianItems, clinicianInstrument, InstrumentRater.Clinician, problems);
            scored.Add(new ScoredSession(session.Number, session.Date, session.Attendance, patient, clinician, patient is null ? null : session.PatientItems));
        }

        var rules = new AllianceFlagRules(instrument, options);
        var flags = new List<AllianceFlag>();
        for (var i = 0; i < scored.Count; i++)
        {
            rules.Evaluate(scored, i, flags);
        }

        return new AllianceAnalysis(flags, problems, scored) { Episodes = FlagEpisodes.Group(instrument, scored, flags) };
    }

    private static RatingScore? Score(RatedSession session, IReadOnlyList<int?>? items, InstrumentDefinition? instrument, InstrumentRater rater, List<RatingProblem> problems)
    {
        if (items is null)
        {
            return null;
        }

        var who = rater == InstrumentRater.Patient ? "patient" : "clinician";
        if (session.Attendance != SessionAttendance.Attended)
        {
            problems.Add(new RatingProblem(session.Number, rater, $"session {session.Number}: {who} rating recorded for a session that did not take place"));
            return null;
        }

        if (instrument is null)
        {
            problems.Add(new RatingProblem(session.Number, rater, $"session {session.Number}: {who} rating given but no {who}-rated version of the instrument is loaded"));
            return null;
        }

        var result = RatingScoring.Score(instrument, items);
        foreach (var error in result.Validation.Errors)
        {
            problems.Add(new RatingProblem(session.Number, rater, $"session {session.Number}: {who} rating: {error}"));
        }

        return result.Score;
    }
}
