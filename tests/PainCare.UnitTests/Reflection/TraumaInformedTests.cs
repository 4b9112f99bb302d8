using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class TraumaInformedTests
{
    [Theory]
    [InlineData("Neck pain since a motorbike accident in 2019.")]
    [InlineData("Shoulder pain after a collision at a roundabout.")]
    [InlineData("She disclosed domestic violence in a previous relationship.")]
    [InlineData("History of childhood abuse noted in the referral.")]
    [InlineData("He was assaulted outside a pub two years ago.")]
    [InlineData("Her husband died last spring.")]
    [InlineData("Diagnosed with PTSD after military service.")]
    [InlineData("She has been in recovery from an opioid addiction for two years.")]
    [InlineData("She described a difficult childhood with little support.")]
    public void AdversityInTheHistory_FiresTraumaInformed(string text)
    {
        Assert.Equal("trauma-informed.text", Reflect.Single(text, Categories.TraumaInformed).RuleId);
    }

    [Fact]
    public void DeniedTraumaHistory_DoesNotFireTraumaInformed()
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories("Denies any trauma or accident; gradual onset."));
    }

    [Fact]
    public void FallingAsleep_IsNotAFall()
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories("He fell asleep on the sofa and woke stiff."));
    }
}
