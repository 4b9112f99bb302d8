using PainCare.Domain.Alliance;
using static PainCare.UnitTests.Alliance.AllianceTestData;

namespace PainCare.UnitTests.Alliance;

/// <summary>rater-gap, missed-after-low, ceiling and the handling of unusable ratings.</summary>
public sealed class SessionFlagTests
{
    private static AllianceAnalysis AnalyseWithGap(double threshold, params RatedSession[] sessions) =>
        new AllianceFlagger(new AllianceFlagOptions { RaterGapThreshold = threshold }).Analyse(Instrument(), sessions, Clinician(Instrument()));

    [Fact]
    public void PatientRatesFarAboveClinician_RaisesRaterGapPrompt()
    {
        var flag = Assert.Single(AnalyseWithGap(4, Uniform(1, 5, clinicianItem: 3)).Only(AllianceRules.RaterGap));

        Assert.Equal(FlagSeverity.Prompt, flag.Severity);
        Assert.Equal(20, flag.Inputs["patient"]);
        Assert.Equal(12, flag.Inputs["clinician"]);
        Assert.Equal(8, flag.Inputs["gap"]);
        Assert.Contains("patient rated higher", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicianRatesFarAbovePatient_RaisesRaterGapPrompt()
    {
        var flag = Assert.Single(AnalyseWithGap(4, Uniform(1, 3, clinicianItem: 5)).Only(AllianceRules.RaterGap));

        Assert.Contains("clinician rated higher", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void GapEqualToThreshold_RaisesNoRaterGapFlag() =>
        Assert.Empty(AnalyseWithGap(4, Uniform(1, 4, clinicianItem: 3)).Only(AllianceRules.RaterGap));

    [Fact]
    public void MissingClinicianRating_RaisesNoRaterGapFlag() =>
        Assert.Empty(AnalyseWithGap(0, Uniform(1, 5), Uniform(2, 1)).Only(AllianceRules.RaterGap));

    [Fact]
    public void MissingPatientRating_SessionIsSkippedByEveryRule() =>
        Assert.Empty(AnalyseWithGap(0, Uniform(1, 4), ClinicianOnly(2, 1), Uniform(3, 4)).Flags);

    [Fact]
    public void NoConfiguredThreshold_UsesInstrumentThresholdThenTwentyPercentOfRange()
    {
        var session = Rated(1, [4, 4, 4, 4], [3, 3, 3, 2]);

        var fromRange = Assert.Single(Analyse(Instrument(), session).Only(AllianceRules.RaterGap));
        var withInstrumentThreshold = Instrument() with { RaterGapThreshold = 5 };

        Assert.Equal(3.2, fromRange.Inputs["threshold"], 9);
        Assert.Empty(new AllianceFlagger().Analyse(withInstrumentThreshold, [session], Clinician(withInstrumentThreshold)).Flags);
    }

    [Fact]
    public void MissedSessionAfterLowScore_RaisesMissedAfterLowFlag()
    {
        var flag = Assert.Single(Analyse(Instrument(), Uniform(1, 2), Missed(2)).Only(AllianceRules.MissedAfterLow));

        Assert.Equal(2, flag.Session);
        Assert.Equal(FlagSeverity.Alert, flag.Severity);
        Assert.Equal(8, flag.Inputs["lastTotal"]);
        Assert.Contains("did not attend", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CancelledSessionAfterFallingScore_RaisesMissedAfterLowFlag()
    {
        var flag = Assert.Single(Analyse(Instrument(), Uniform(1, 5), Rated(2, [5, 5, 4, 4]), Missed(3, SessionAttendance.Cancelled)).Only(AllianceRules.MissedAfterLow));

        Assert.Equal(3, flag.Session);
        Assert.Equal(20, flag.Inputs["previousTotal"]);
        Assert.Contains("cancelled", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void MissedSessionAfterSteadyScore_RaisesNoFlag() =>
        Assert.Empty(Analyse(Instrument(), Uniform(1, 4), Uniform(2, 4), Missed(3)).Flags);

    [Fact]
    public void MissedFirstSession_RaisesNoFlag() =>
        Assert.Empty(Analyse(Instrument(), Missed(1), Missed(2, SessionAttendance.Cancelled), Uniform(3, 4)).Flags);

    [Fact]
    public void SeveralMissedSessionsAfterLowScore_EachRaisesMissedAfterLowFlag() =>
        Assert.Equal([2, 3], Analyse(Instrument(), Uniform(1, 2), Missed(2), Missed(3, SessionAttendance.Cancelled)).Only(AllianceRules.MissedAfterLow).Select(f => f.Session));

    [Fact]
    public void UnattendedSessionsWithoutRatings_AreNotScoredAndRaiseNoProblem()
    {
        var analysis = Analyse(Instrument(), Uniform(1, 4), Missed(2), Missed(3, SessionAttendance.Cancelled));

        Assert.Empty(analysis.Problems);
        Assert.All(analysis.Sessions.Skip(1), s => Assert.Null(s.Patient));
    }

    [Fact]
    public void RatingOnUnattendedSession_IsReportedAsProblem()
    {
        var session = Uniform(2, 4) with { Attendance = SessionAttendance.DidNotAttend };

        var problem = Assert.Single(Analyse(Instrument(), Uniform(1, 4), session).Problems);

        Assert.Equal(2, problem.Session);
        Assert.Contains("did not take place", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryItemAtMaximumForThreeSessions_RaisesCeilingPrompt()
    {
        var flag = Assert.Single(Analyse(Instrument(), Uniform(1, 5), Uniform(2, 5), Uniform(3, 5)).Only(AllianceRules.Ceiling));

        Assert.Equal(3, flag.Session);
        Assert.Equal(FlagSeverity.Prompt, flag.Severity);
        Assert.Equal(3, flag.Inputs["sessions"]);
    }

    [Fact]
    public void EveryItemAtMaximumForTwoSessions_RaisesNoCeilingFlag() =>
        Assert.Empty(Analyse(Instrument(), Uniform(1, 5), Uniform(2, 5)).Flags);

    [Fact]
    public void HigherIsWorseInstrumentAtBestEndForThreeSessions_RaisesNoCeilingPrompt() =>
        Assert.Empty(Analyse(Instrument() with { HigherIsBetter = false }, Uniform(1, 1), Uniform(2, 1), Uniform(3, 1)).Only(AllianceRules.Ceiling));

    [Fact]
    public void OneItemBelowMaximum_BreaksTheCeilingRun() =>
        Assert.Empty(Analyse(Instrument(), Uniform(1, 5), Rated(2, [5, 5, 5, 4]), Uniform(3, 5), Uniform(4, 5)).Only(AllianceRules.Ceiling));

    [Fact]
    public void ItemOutsideScale_IsReportedAsProblemAndLeftOutOfRules()
    {
        var analysis = Analyse(Instrument(), Uniform(1, 4), Rated(2, [1, 1, 1, 9]));

        var problem = Assert.Single(analysis.Problems);
        Assert.Equal(InstrumentRater.Patient, problem.Rater);
        Assert.Contains("item 4 value 9 is outside the scale 1-5", problem.Message, StringComparison.Ordinal);
        Assert.Empty(analysis.Flags);
    }

    [Fact]
    public void ClinicianRatingWithoutClinicianInstrument_IsReportedAsProblem()
    {
        var analysis = new AllianceFlagger().Analyse(Instrument(), [Uniform(1, 4, clinicianItem: 1)]);

        Assert.Equal(InstrumentRater.Clinician, Assert.Single(analysis.Problems).Rater);
        Assert.Empty(analysis.Flags);
    }

    [Fact]
    public void SameSeriesTwice_GivesIdenticalFlags()
    {
        RatedSession[] series = [Uniform(1, 5, clinicianItem: 2), Uniform(2, 5), Uniform(3, 5), Rated(4, [2, 2, 2, 3]), Missed(5)];

        var first = Analyse(Instrument(), series).Flags.Select(f => (f.Session, f.Rule, f.Severity, f.Detail)).ToList();
        var second = Analyse(Instrument(), series).Flags.Select(f => (f.Session, f.Rule, f.Severity, f.Detail)).ToList();

        Assert.Equal(first, second);
        Assert.Equal(
            [(1, AllianceRules.RaterGap), (3, AllianceRules.Ceiling), (4, AllianceRules.BelowCutOff), (4, AllianceRules.ReliableDrop), (5, AllianceRules.MissedAfterLow)],
            first.Select(f => (f.Session, f.Rule)));
    }
}
