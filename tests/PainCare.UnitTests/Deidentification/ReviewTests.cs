namespace PainCare.UnitTests.Deidentification;

public sealed class ReviewTests
{
    [Theory]
    [InlineData("Kay, a Canadian woman, attended.", "nationality", "Canadian")]
    [InlineData("She is a retired firefighter.", "occupation", "firefighter")]
    [InlineData("Sunday Mass matters to her as a Catholic.", "religion", "Catholic")]
    [InlineData("She has Ehlers-Danlos syndrome.", "condition", "Ehlers-Danlos")]
    [InlineData("Pain began after the earthquake.", "event", "earthquake")]
    [InlineData("She looks after twins.", "family", "twins")]
    public void QuasiIdentifier_IsFlaggedForReview_AndLeftInText(string text, string category, string term)
    {
        var result = Scrub.Run(text);

        Assert.Contains(result.Review, r => r.Category == category && r.Text == term && text[r.Start..r.End] == term);
        Scrub.Kept(result, term);
    }

    [Fact]
    public void PinnedYearEvent_IsFlaggedForReview()
    {
        var result = Scrub.Run("Pain since the 2016 Kaikoura earthquake.");

        Assert.Contains(result.Review, r => r.Category == "event" && r.Text.StartsWith("since the 2016", StringComparison.Ordinal));
    }
}
