using PainCare.Domain.Narratives;

namespace PainCare.UnitTests.Narratives;

public sealed class SearchAndPromptRulesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("guard\u0001ing")]
    public void SearchTermsTooShortOrWithControlCharacters_AreNotSearched(string? terms) => Assert.Null(SearchTerms.Accept(terms));

    [Fact]
    public void SearchTerms_AreTrimmed_AndLimitedToTwoHundredCharacters()
    {
        Assert.Equal("guarding", SearchTerms.Accept("  guarding "));
        Assert.NotNull(SearchTerms.Accept(new string('a', SearchTerms.MaxLength)));
        Assert.Null(SearchTerms.Accept(new string('a', SearchTerms.MaxLength + 1)));
    }

    [Fact]
    public void AtMostThreePrompts_AreShown_SkippingDismissedOnes()
    {
        string[] prompts = ["r1", "r2", "r3", "r4", "r5"];

        var shown = PromptShowing.Choose(prompts, p => p == "r2");

        Assert.Equal(["r1", "r3", "r4"], shown);
    }
}
