using PainCare.Domain.Alliance;
using static PainCare.UnitTests.Alliance.AllianceTestData;

namespace PainCare.UnitTests.Alliance;

/// <summary>below-usual-range: forms without a published reliability judge a rating against the patient's own earlier ratings.</summary>
public sealed class OwnVariationFlagTests
{
    private static readonly InstrumentDefinition _checkIn = InstrumentCatalogue.LoadDefaults().Find(InstrumentCatalogue.CheckInId)!;

    /// <summary>A check-in rating whose six answers add up to <paramref name="sum"/> (mean = sum / 6).</summary>
    private static RatedSession CheckIn(int n, int sum)
    {
        var items = Enumerable.Repeat(sum / 6, 6).ToArray();
        for (var i = 0; i < sum % 6; i++)
        {
            items[i]++;
        }

        return Rated(n, items);
    }

    private static AllianceAnalysis AnalyseCheckIn(params RatedSession[] sessions) => new AllianceFlagger().Analyse(_checkIn, sessions);

    [Fact]
    public void CheckInFallFromFourAndAHalfToFourPointOneSeven_RaisesNoFlag()
    {
        // Issue 17: 27/6 = 4.5 down to 25/6 = 4.17 (two answers one step lower) fired "Reliable drop".
        var analysis = AnalyseCheckIn(CheckIn(1, 27), CheckIn(2, 27), CheckIn(3, 27), CheckIn(4, 27), CheckIn(5, 25));

        Assert.Empty(analysis.Flags);
        Assert.Empty(analysis.Episodes);
    }

    [Fact]
    public void CheckInFallFarBelowTheUsualRange_RaisesBelowUsualRangeWithPlainReason()
    {
        var analysis = AnalyseCheckIn(CheckIn(1, 27), CheckIn(2, 26), CheckIn(3, 27), CheckIn(4, 28), CheckIn(5, 20));

        var flag = Assert.Single(analysis.Flags);
        Assert.Equal((5, AllianceRules.BelowUsualRange, FlagSeverity.Alert), (flag.Session, flag.Rule, flag.Severity));
        Assert.Equal(4.5, flag.Inputs["ownMean"], 9);
        Assert.Equal(4, flag.Inputs["earlierSessions"]);
        Assert.Contains("below the patient's average of 4.5 over their 4 earlier ratings", flag.Detail, StringComparison.Ordinal);
        Assert.Contains("PainCare session check-in has no published reliability", flag.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(InstrumentCatalogue.CheckInId, flag.Detail, StringComparison.Ordinal);
        Assert.Empty(analysis.Only(AllianceRules.ReliableDrop));
    }

    [Fact]
    public void FallWithinTwiceThePatientsSpread_RaisesNoFlag()
    {
        // Earlier means 3, 5, 3, 5 (SD 1.15): a fall to 2.5 is 1.5 below the mean of 4, inside 2 SD.
        var analysis = AnalyseCheckIn(CheckIn(1, 18), CheckIn(2, 30), CheckIn(3, 18), CheckIn(4, 30), CheckIn(5, 15));

        Assert.Empty(analysis.Only(AllianceRules.BelowUsualRange));
    }

    [Fact]
    public void FewerThanThreeEarlierRatings_RaisesNoFlag() =>
        Assert.Empty(AnalyseCheckIn(CheckIn(1, 30), CheckIn(2, 30), CheckIn(3, 6)).Only(AllianceRules.BelowUsualRange));

    [Fact]
    public void PublishedReliability_GivesJacobsonTruaxReliableChange()
    {
        var instrument = Instrument(cutOff: null, reliableChange: null) with { Reliability = 0.84, NormativeSd = 2.5 };

        // 1.96 × 2.5 × √(2 × 0.16) = 2.77: a fall of 3 is reliable, a fall of 2 is not.
        Assert.Equal(2.772, instrument.ReliableChangeFigure!.Value, 3);
        Assert.Equal(2, Assert.Single(Analyse(instrument, Uniform(1, 4), Rated(2, [3, 3, 3, 4])).Only(AllianceRules.ReliableDrop)).Session);
        Assert.Empty(Analyse(instrument, Uniform(1, 4), Rated(2, [3, 3, 4, 4])).Flags);
    }

    [Fact]
    public void SmallStepsDownOnTheCheckIn_AreNotASustainedDecline() =>
        Assert.Empty(AnalyseCheckIn(CheckIn(1, 27), CheckIn(2, 26), CheckIn(3, 25)).Only(AllianceRules.SustainedDecline));
}
