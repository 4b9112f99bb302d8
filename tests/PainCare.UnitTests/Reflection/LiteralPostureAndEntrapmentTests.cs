using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Words of feeling used for a posture or a place ("on edge of the plinth", "cross-legged") or for a body physically
/// caught ("trapped under the car") are not the patient's affect; being caught or pinned in an accident is trauma.
/// </summary>
public sealed class LiteralPostureAndEntrapmentTests
{
    [Theory]
    [InlineData("Perched on edge of the plinth while we talked.")]
    [InlineData("Sat cross-legged on the floor during the history.")]
    [InlineData("Was trapped under the car for an hour after the crash.")]
    [InlineData("Nerve trapped at the elbow, Tinel's positive.")]
    public void PostureOrPhysicalEntrapment_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She was on edge throughout, jumping at every noise from the corridor.")]
    [InlineData("She feels trapped by the pain and can't see a way out.")]
    public void FeelingInTheSameWords_StillFiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Pinned under a fallen tree for two hours; chronic hip pain since.")]
    [InlineData("Back pain since a mining accident in which he got trapped.")]
    public void CaughtOrPinnedInAnAccident_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
