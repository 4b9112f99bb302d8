using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Rupture look-alikes written for these tests: a complaint about the patient's own body or self, quiet while
/// thinking, looking away during a needle, a call from the school, refusing a biscuit, cancelling a membership,
/// arguing a case for a child, and feeling judged by people outside the care.
/// </summary>
public sealed class ComplaintAboutSelfAndEverydayRefusalTests
{
    [Theory]
    [InlineData("He complains of aching in both calves after the night shift.")]
    [InlineData("She is unhappy with her appearance since the scar.")]
    [InlineData("He blamed himself for not warming up.")]
    [InlineData("She was dismissive of her own gains, though the timed walk is 20% faster.")]
    [InlineData("He went quiet, counting the reps.")]
    [InlineData("She looked away while I gave the injection, as she always does.")]
    [InlineData("He was distracted by a phone call from his care home about his mum, so we finished early.")]
    [InlineData("She refused a biscuit at the end, saying she is off sugar.")]
    [InlineData("He cancelled his gym membership last month to save money.")]
    [InlineData("She argued the case for her daughter's extra time in exams.")]
    [InlineData("He feels judged by colleagues for leaving early.")]
    public void ComplaintOrRefusalOutsideTheCare_FiresNoRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She complained that the exercises I gave her made the knee worse.")]
    [InlineData("He is not happy with how the last two sessions went.")]
    [InlineData("She felt judged by me when I mentioned her weight.")]
    public void ComplaintAboutTheCare_StillFiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }
}
