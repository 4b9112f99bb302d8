using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Tears set off while the clinician is handling the body are a safety cue wherever the handling sits in the sentence;
/// tears while talking stay with attunement.
/// </summary>
public sealed class HandledTearsTests
{
    [Theory]
    [InlineData("While I eased the shoulder into rotation her eyes filled and she asked me to stop.")]
    [InlineData("I lifted the leg to 40 degrees and he was tearful straight away.")]
    [InlineData("Passive stretch into extension, and she wept quietly before saying anything.")]
    public void TearsDuringHandling_FireSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("When I asked about her mum she cried for a while. Neck rotation 70.")]
    [InlineData("She was tearful talking about her dad. I palpated the upper traps: tender.")]
    public void TearsWhileTalking_DoNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }
}
