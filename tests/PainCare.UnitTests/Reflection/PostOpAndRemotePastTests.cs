using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A surgical drain and exhaust fumes are not exhaustion; doubt about whether a tendon is intact is reasoning; walking
/// out of a pool is not walking out of a session; a feeling set in the patient's twenties or childhood is history.
/// </summary>
public sealed class PostOpAndRemotePastTests
{
    [Theory]
    [InlineData("Drain out on day two; wound dry and clean.")]
    [InlineData("Diesel exhaust at the depot sets off his cough.")]
    [InlineData("In his twenties he had panic attacks on the tube.")]
    public void DrainFumesOrRemotePastFeeling_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Some doubt about whether the ligament is intact on the scan; MRI requested.")]
    [InlineData("She walked out of the sea on her own at the weekend.")]
    public void ReasoningDoubtOrWalkingOutOfAPlace_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He walked out of the Tuesday class after ten minutes.")]
    [InlineData("She walked out of the group session halfway through.")]
    public void WalkingOutOfASession_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void DrainedByThePain_IsStillStrongAffect()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("She said she feels drained by the pain every evening."));
    }
}
