using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// An event named as the time of something else happened, whatever negator stands before the anchor; tears set off by a
/// movement or test anywhere in the sentence are a protective response rather than affect.
/// </summary>
public sealed class EventAnchorAndTearsOnMovementTests
{
    [Theory]
    [InlineData("She has not driven since the collision on the bypass.")]
    [InlineData("Nobody took him seriously after the assault.")]
    [InlineData("He has never felt safe at home following the stabbing.")]
    public void NegatedStatementAnchoredOnAnEvent_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Fact]
    public void ADeniedEvent_StaysNegated()
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories("Denies any assault or accident. Shoulder pain 3/10."));
    }

    [Theory]
    [InlineData("Working on hip flexion in supine; near 100 degrees the eyes filled, hand gripping my arm.")]
    [InlineData("During the slump, as her knee straightened, her eyes welled up and she gripped the bed.")]
    public void TearsOnAMovement_AreASafetyCueNotAffect(string text)
    {
        var categories = Reflect.Categories(text);
        Assert.Contains(Categories.SafetyCue, categories);
        Assert.DoesNotContain(Categories.Attunement, categories);
    }

    [Fact]
    public void TearsWhileTalking_StayAffect()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Later, talking about the divorce, his eyes filled."));
    }
}
