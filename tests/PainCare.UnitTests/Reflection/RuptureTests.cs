using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class RuptureTests
{
    [Theory]
    [InlineData("He gave one-word answers to every question about the week.")]
    [InlineData("She looked away whenever I mentioned the exercises.")]
    [InlineData("She said, \"I don't know why I'm even bothering with this.\"")]
    [InlineData("Second cancellation this month, by voicemail.")]
    [InlineData("He cancelled again on the day.")]
    [InlineData("DNA today; letter sent.")]
    [InlineData("He went along with the plan, saying \"whatever you say\".")]
    [InlineData("She is not sure the physio can help her any more.")]
    [InlineData("He complained that the last session made his back worse.")]
    [InlineData("She told me, \"You have no idea what this is like.\"")]
    [InlineData("He said I had pushed him far too hard with the squats.")]
    [InlineData("She doubts that talking about it will change anything.")]
    public void StrainInTheRelationship_FiresRupture(string text)
    {
        Assert.Equal("rupture.text", Reflect.Single(text, Categories.Rupture).RuleId);
    }

    [Fact]
    public void ConfrontationAboutTheClinician_FiresEvenThoughTheSentenceSaysI()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("She felt I was not listening to her last week."));
    }

    [Fact]
    public void BitterLaughAlone_DoesNotFireConnection()
    {
        var categories = Reflect.Categories("A bitter little laugh came when I raised the subject of the weekend.");

        Assert.DoesNotContain(Categories.Connection, categories);
        Assert.Contains(Categories.Attunement, categories);
    }
}
