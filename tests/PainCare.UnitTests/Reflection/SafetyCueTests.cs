using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class SafetyCueTests
{
    [Theory]
    [InlineData("As I palpated the scar she recoiled.")]
    [InlineData("He keeps recoiling whenever the knee is touched.")]
    [InlineData("She recoils from light pressure on the forearm.")]
    [InlineData("He flinched when the cuff inflated.")]
    [InlineData("Marked guarding of the right shoulder during abduction.")]
    [InlineData("She braced against the bed as I lifted the leg.")]
    [InlineData("She was bracing through the whole lift.")]
    [InlineData("On resisted testing he held his breath.")]
    [InlineData("She was holding her breath through each repetition.")]
    [InlineData("His breathing became quick and shallow during the stretch.")]
    [InlineData("She started sweating heavily as we approached end of range.")]
    [InlineData("His neck was flushing within a minute of the massage starting.")]
    [InlineData("He froze halfway through the squat.")]
    [InlineData("She went very still while I explained the injection.")]
    [InlineData("A phone rang and he startled.")]
    [InlineData("Afterwards she said she had spaced out for a while.")]
    [InlineData("Passive flexion of the elbow brought tears to his eyes.")]
    [InlineData("She pulled her foot away as soon as I touched the sole.")]
    [InlineData("He gripped the armrest while I mobilised the hip.")]
    public void ProtectiveOrAutonomicResponse_FiresSafetyCue(string text)
    {
        var prompt = Reflect.Single(text, Categories.SafetyCue);

        Assert.Equal("safety-cue.text", prompt.RuleId);
        Assert.NotEmpty(prompt.Evidence.Spans);
    }

    [Fact]
    public void HeldBreath_EvidenceCoversThePhraseWithItsPronoun()
    {
        const string text = "During the lumbar PA she held her breath and looked away.";

        var span = Assert.Single(Reflect.Single(text, Categories.SafetyCue).Evidence.Spans);

        Assert.Equal("held her breath", span.Words);
        Assert.Equal(span.Words, text[span.Start..span.End]);
    }

    [Fact]
    public void SafetyCue_CountsAsAMinuteParticular()
    {
        var categories = Reflect.Categories("Knee flexion 90 degrees; he flinched at end of range.");

        Assert.Contains(Categories.SafetyCue, categories);
        Assert.DoesNotContain(Categories.MinuteParticulars, categories);
    }

    [Fact]
    public void ClinicianHoldingOwnBreath_DoesNotFireSafetyCue()
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories("I held my breath as the scan results came up on the screen."));
    }
}
