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

    [Theory]
    [InlineData("When we got onto his racing pigeons his whole face lit up.")]
    [InlineData("After she described the funeral neither of us spoke for a while.")]
    [InlineData("He hasn't told anyone at work about the panic attacks, and he told me today.")]
    [InlineData("She said nobody had asked her before how the pain affects her marriage.")]
    [InlineData("Halfway through, something between us eased.")]
    [InlineData("He took the mickey out of my handwriting and we both grinned.")]
    [InlineData("She said it helped to talk about it out loud.")]
    public void QuietOrUndramaticMeeting_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Fact]
    public void BreakthroughPain_IsNotAMomentOfMeeting()
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories("Breakthrough pain twice overnight, oxycodone liquid used."));
    }
}
