using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Ruptures told quietly and their look-alikes, in sentences written for these tests: not coming back after a hard
/// conversation, answers cut to a word, asking for another clinician, the clinician overriding a choice; against a
/// quarrel with someone outside the care, doubt about one's own knee, and declining an offer that is not treatment.
/// </summary>
public sealed class QuietRuptureAndOutsideQuarrelTests
{
    [Theory]
    [InlineData("After last week's conversation about pacing he has not rebooked.")]
    [InlineData("She didn't come back after the session where we talked about her drinking.")]
    [InlineData("He phoned reception to cancel the rest of his block.")]
    [InlineData("She replied in one-word answers all session.")]
    [InlineData("He wanted to know if there was someone else at the practice he could see.")]
    [InlineData("I overrode her choice to keep the splint on at night, and she was quiet after.")]
    [InlineData("As soon as I raised the work letter he snapped that he was doing his best.")]
    public void QuietRupture_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She is livid with her landlord for refusing to fix the stair rail.")]
    [InlineData("He argued with the taxi driver over the fare on the way in.")]
    [InlineData("She disagreed with her GP's advice to stop swimming and has kept going twice a week.")]
    [InlineData("He doubted the ankle would hold him on the ladder at work.")]
    [InlineData("She refused a chaperone, saying she was comfortable with me.")]
    public void StrainOutsideTheCare_FiresNoRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He disagreed with my advice to rest and said I was being overcautious.")]
    [InlineData("She is angry with me for pushing the stairs so soon.")]
    public void StrainWithTheWriter_StillFiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }
}
