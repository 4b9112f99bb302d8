using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Connection written as ordinary warmth, humour, confiding, thanks or relief rather than a named breakthrough.</summary>
public sealed class ConnectionParaphraseTests
{
    [Theory]
    [InlineData("Pt chuckled at the state of the car park and we joked about the parking metres.")]
    [InlineData("He was chatty today and seemed much more at ease on the plinth.")]
    [InlineData("Mrs T confided in me that the grandchildren wear her out.")]
    [InlineData("Good rapport, pt more forthcoming about the evening routine.")]
    [InlineData("She thanked me at the door and said she felt relieved to have a plan.")]
    [InlineData("He said it was the first time he had felt believed by a clinician.")]
    [InlineData("Shoulders dropped and she uncrossed her arms while describing the garden.")]
    [InlineData("The conversation flowed easily once the forms were out of the way.")]
    public void EverydayWarmthOrConfiding_FiresConnection(string text)
    {
        Assert.Equal("connection.text", Reflect.Single(text, Categories.Connection).RuleId);
    }

    [Theory]
    [InlineData("She settled in 2 min after the breathing eased.")]
    [InlineData("He sat back down on the plinth for the knee assessment.")]
    public void PostureOrSettlingAfterThreat_DoesNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }
}
