using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Orthopaedic tests named after what they provoke ("apprehension test", "slump") are findings, not the patient's
/// fear or posture; a video link that freezes is not the patient freezing.
/// </summary>
public sealed class NamedTestsAndFrozenLinkLookAlikeTests
{
    [Theory]
    [InlineData("Apprehension test positive at 90 abduction; cuff strengthening started.")]
    [InlineData("Anterior instability: positive apprehension, relocation eased it. Cuff programme.")]
    public void ApprehensionTest_IsAFindingNotFear(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Slump neg. Hamstring length 70. Nordic curls 3x6.")]
    [InlineData("Slump positive on the left, SLR 60. Neural glides taught.")]
    public void SlumpAsATest_IsNoParticular(string text)
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Halfway through slump testing she welled up and had to stop.")]
    [InlineData("In the slump test he gripped the plinth and braced.")]
    public void ReactionDuringTheTest_IsStillASafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Satellite call; the link froze twice and we carried on by phone. Knee flexion 110.")]
    [InlineData("Her wifi froze halfway through the exercises so she rang back.")]
    public void FrozenLink_IsNotFreezing(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }
}
