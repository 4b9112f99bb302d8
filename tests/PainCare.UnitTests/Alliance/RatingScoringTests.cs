using PainCare.Domain.Alliance;
using static PainCare.UnitTests.Alliance.AllianceTestData;

namespace PainCare.UnitTests.Alliance;

public sealed class RatingScoringTests
{
    [Fact]
    public void SumScoring_AddsItemsForTotalAndSubscales()
    {
        var score = RatingScoring.Score(Instrument(), Items(1, 2, 3, 5)).Score!;

        Assert.Equal(11, score.Total);
        Assert.Equal(3, score.Subscales["bond"]);
        Assert.Equal(8, score.Subscales["task"]);
    }

    [Fact]
    public void MeanScoring_AveragesItems()
    {
        var peg = InstrumentCatalogue.LoadDefaults().Find("peg-3")!;

        Assert.Equal(5, RatingScoring.Score(peg, Items(7, 3, 5)).Score!.Total);
    }

    [Fact]
    public void WorkingAllianceSubscales_AverageTheirOwnItems()
    {
        var wai = InstrumentCatalogue.LoadDefaults().Find("wai-sr-patient")!;
        var items = Enumerable.Range(1, 12).Select(n => wai.Subscales["bond"].Contains(n) ? 5 : 2).ToArray();

        var score = RatingScoring.Score(wai, Items(items)).Score!;

        Assert.Equal(3, score.Total);
        Assert.Equal(5, score.Subscales["bond"]);
        Assert.Equal(2, score.Subscales["task"]);
        Assert.Equal(2, score.Subscales["goal"]);
    }

    [Fact]
    public void MissingItem_IsValidationErrorNamingTheItem()
    {
        var result = RatingScoring.Score(Instrument(), [4, null, 4, 4]);

        Assert.False(result.IsValid);
        Assert.Null(result.Score);
        Assert.Equal(["item 2 is missing"], result.Validation.Errors);
    }

    [Fact]
    public void ValuesOutsideScale_AreEachReported()
    {
        var validation = RatingScoring.Validate(Instrument(), Items(0, 4, 6, 4));

        Assert.Equal(["item 1 value 0 is outside the scale 1-5", "item 3 value 6 is outside the scale 1-5"], validation.Errors);
    }

    [Fact]
    public void WrongNumberOfItems_IsValidationError() =>
        Assert.Equal(["expected 4 item scores for test-alliance, got 3"], RatingScoring.Validate(Instrument(), Items(4, 4, 4)).Errors);

    [Fact]
    public void CompleteRatingInsideScale_IsValid() =>
        Assert.True(RatingScoring.Validate(Instrument(), Items(1, 5, 3, 2)).IsValid);
}
