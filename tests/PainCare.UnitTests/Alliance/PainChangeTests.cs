using PainCare.Domain.Alliance;

namespace PainCare.UnitTests.Alliance;

/// <summary>Pain change classed by Farrar 2001 (about 2 points or 30%) and IMMPACT (30% moderate, 50% substantial).</summary>
public sealed class PainChangeTests
{
    [Theory]
    [InlineData(8, 7, PainChangeSize.Small)]
    [InlineData(8, 6, PainChangeSize.Important)]
    [InlineData(6, 4, PainChangeSize.Moderate)]
    [InlineData(6, 3, PainChangeSize.Substantial)]
    [InlineData(4, 6, PainChangeSize.Substantial)]
    [InlineData(0, 2, PainChangeSize.Important)]
    [InlineData(0, 1, PainChangeSize.Small)]
    public void Change_IsClassedByPointsAndPercent(double previous, double current, PainChangeSize size) =>
        Assert.Equal(size, PainChange.Between(previous, current).Size);

    [Fact]
    public void Describe_GivesDirectionFiguresAndSource() =>
        Assert.Equal(
            "pain rose from 4 to 7 (3 points, 75%): a substantial change (50% or more: IMMPACT)",
            PainChange.Between(4, 7).Describe());

    [Fact]
    public void ReliableRiseOnPainNrs_IsAnnotatedAsClinicallyImportant()
    {
        var nrs = InstrumentCatalogue.LoadDefaults().Find("pain-nrs")!;
        var sessions = new[] { AllianceTestData.Rated(1, [5]), AllianceTestData.Rated(2, [8]) };

        var flag = Assert.Single(new AllianceFlagger().Analyse(nrs, sessions).Only(AllianceRules.ReliableDrop));

        Assert.EndsWith("pain rose from 5 to 8 (3 points, 60%): a substantial change (50% or more: IMMPACT)", flag.Detail, StringComparison.Ordinal);
    }
}
