using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>The taxonomy's edge: tears set off by the clinician's touch are a safety cue, tears while talking are feeling.</summary>
public sealed class TearsOnTouchScopeTests
{
    [Fact]
    public void TearsWhenTouched_FireSafetyCueNotAttunement()
    {
        var categories = Reflect.Categories("Her eyes welled up when I pressed along the old graft site, so we stopped.");
        Assert.Contains(Categories.SafetyCue, categories);
        Assert.DoesNotContain(Categories.Attunement, categories);
    }

    [Fact]
    public void TearsWhileTalking_StillFireAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Talking about the allotment he had to give up, his eyes welled up."));
    }
}
