using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Breath, sweat and a curled-up body after exertion or in bed are effort and rest, not the body protecting itself.</summary>
public sealed class ExertionLookAlikeTests
{
    [Theory]
    [InlineData("Breathing quite fast after the two flights up to the gym, settled within a minute.")]
    [InlineData("Puffing after the hill reps but recovered quickly.")]
    [InlineData("Sweating on the bike by minute eight, which he was pleased about.")]
    [InlineData("Spends weekends curled up on the sofa with the dog and a crossword.")]
    [InlineData("Added star jumps and jump squats to the circuit.")]
    public void EffortOrRest_DoesNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Her breathing went fast and shallow as soon as my hand reached the scar.")]
    [InlineData("He was sweating and pale when I started the neural glide.")]
    [InlineData("She curled up on the plinth when I touched her lower back.")]
    public void TheSameSignsDuringTouch_StillFireSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }
}
