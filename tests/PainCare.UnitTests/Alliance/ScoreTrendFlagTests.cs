using PainCare.Domain.Alliance;
using static PainCare.UnitTests.Alliance.AllianceTestData;

namespace PainCare.UnitTests.Alliance;

/// <summary>below-cut-off, reliable-drop and sustained-decline on the 4-20 test instrument (cut-off 12, reliable change 3).</summary>
public sealed class ScoreTrendFlagTests
{
    [Fact]
    public void PatientTotalBelowCutOff_RaisesBelowCutOffFlag()
    {
        var flag = Assert.Single(Analyse(Instrument(), Uniform(1, 2)).Only(AllianceRules.BelowCutOff));

        Assert.Equal(1, flag.Session);
        Assert.Equal(FlagSeverity.Alert, flag.Severity);
        Assert.Equal(8, flag.Inputs["total"]);
        Assert.Equal(12, flag.Inputs["cutOff"]);
        Assert.Contains("below", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PatientTotalAtCutOff_RaisesNoBelowCutOffFlag() =>
        Assert.Empty(Analyse(Instrument(), Uniform(1, 3)).Only(AllianceRules.BelowCutOff));

    [Fact]
    public void ClinicianTotalBelowCutOff_RaisesNoBelowCutOffFlag() =>
        Assert.Empty(Analyse(Instrument(), Uniform(1, 4, clinicianItem: 2)).Only(AllianceRules.BelowCutOff));

    [Fact]
    public void InstrumentWithoutCutOff_RaisesNoBelowCutOffFlag() =>
        Assert.Empty(Analyse(Instrument(cutOff: null), Uniform(1, 1)).Only(AllianceRules.BelowCutOff));

    [Fact]
    public void HigherIsWorseInstrument_TotalAboveCutOff_RaisesBelowCutOffFlag()
    {
        var pain = Instrument() with { HigherIsBetter = false };

        var analysis = Analyse(pain, Uniform(1, 4), Uniform(2, 2));

        Assert.Equal(1, Assert.Single(analysis.Only(AllianceRules.BelowCutOff)).Session);
    }

    [Fact]
    public void FirstSession_RaisesNoDropFlag()
    {
        var analysis = Analyse(Instrument(), Uniform(1, 1));

        Assert.Empty(analysis.Only(AllianceRules.ReliableDrop));
        Assert.Empty(analysis.Only(AllianceRules.SustainedDecline));
    }

    [Fact]
    public void DropLargerThanReliableChange_RaisesReliableDropFlag()
    {
        var flag = Assert.Single(Analyse(Instrument(), Uniform(1, 4), Rated(2, [3, 3, 3, 2])).Only(AllianceRules.ReliableDrop));

        Assert.Equal(2, flag.Session);
        Assert.Equal(FlagSeverity.Alert, flag.Severity);
        Assert.Equal(16, flag.Inputs["previous"]);
        Assert.Equal(11, flag.Inputs["total"]);
        Assert.Equal(5, flag.Inputs["decline"]);
        Assert.Equal(3, flag.Inputs["reliableChange"]);
    }

    [Fact]
    public void DropEqualToReliableChange_RaisesNoReliableDropFlag() =>
        Assert.Empty(Analyse(Instrument(), Uniform(1, 4), Rated(2, [4, 3, 3, 3])).Only(AllianceRules.ReliableDrop));

    [Fact]
    public void Improvement_RaisesNoDropFlag() =>
        Assert.Empty(Analyse(Instrument(), Uniform(1, 2), Uniform(2, 5)).Only(AllianceRules.ReliableDrop));

    [Fact]
    public void DropIsMeasuredFromPreviousRatedSession_SkippingSessionsWithoutPatientRating()
    {
        var analysis = Analyse(Instrument(), Uniform(1, 4), Missed(2), Unrated(3), ClinicianOnly(4, 4), Rated(5, [3, 3, 3, 2]));

        var flag = Assert.Single(analysis.Only(AllianceRules.ReliableDrop));
        Assert.Equal(5, flag.Session);
        Assert.Equal(16, flag.Inputs["previous"]);
        Assert.Contains("session 1", flag.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AllEqualScores_RaiseNoFlags() =>
        Assert.Empty(Analyse(Instrument(reliableChange: null), [.. Enumerable.Range(1, 6).Select(n => Uniform(n, 4, clinicianItem: 4))]).Flags);

    [Fact]
    public void DeclineOverThreeConsecutiveSessions_RaisesSustainedDeclineFlag()
    {
        var analysis = Analyse(Instrument(), Rated(1, [5, 5, 4, 4]), Rated(2, [5, 4, 4, 4]), Uniform(3, 4));

        var flag = Assert.Single(analysis.Only(AllianceRules.SustainedDecline));
        Assert.Equal(3, flag.Session);
        Assert.Equal(3, flag.Inputs["sessions"]);
        Assert.Equal(18, flag.Inputs["first"]);
        Assert.Equal(16, flag.Inputs["total"]);
        Assert.Empty(analysis.Only(AllianceRules.ReliableDrop));
    }

    [Fact]
    public void DeclineOverTwoSessions_RaisesNoSustainedDeclineFlag() =>
        Assert.Empty(Analyse(Instrument(), Rated(1, [5, 5, 4, 4]), Rated(2, [5, 4, 4, 4])).Only(AllianceRules.SustainedDecline));

    [Fact]
    public void FlatStepInsideDecline_RaisesNoSustainedDeclineFlag() =>
        Assert.Empty(Analyse(Instrument(), Rated(1, [5, 5, 4, 4]), Rated(2, [5, 4, 4, 4]), Rated(3, [4, 5, 4, 4]), Uniform(4, 4)).Only(AllianceRules.SustainedDecline));

    [Fact]
    public void ContinuingDecline_FlagsEverySessionOfTheRunFromTheThird()
    {
        var analysis = Analyse(Instrument(), Rated(1, [5, 5, 5, 4]), Rated(2, [5, 5, 4, 4]), Rated(3, [5, 4, 4, 4]), Uniform(4, 4));

        Assert.Equal([(3, 3.0), (4, 4.0)], analysis.Only(AllianceRules.SustainedDecline).Select(f => (f.Session, f.Inputs["sessions"])));
    }

    [Fact]
    public void SessionsWithoutPatientRatingInsideDecline_AreSkipped()
    {
        var analysis = Analyse(Instrument(), Rated(1, [5, 5, 4, 4]), Unrated(2), Rated(3, [5, 4, 4, 4]), ClinicianOnly(4, 3), Uniform(5, 4));

        Assert.Equal(5, Assert.Single(analysis.Only(AllianceRules.SustainedDecline)).Session);
    }

    [Fact]
    public void SessionsGivenOutOfOrder_AreJudgedInSessionOrder()
    {
        var analysis = Analyse(Instrument(), Rated(3, [3, 3, 3, 2]), Uniform(1, 4));

        Assert.Equal(3, Assert.Single(analysis.Only(AllianceRules.ReliableDrop)).Session);
        Assert.Equal([1, 3], analysis.Sessions.Select(s => s.Number));
    }
}
