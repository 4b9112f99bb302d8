using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Anger shown in what the patient does with voice or hands is strong affect; a patient coming back to themselves after
/// going blank under treatment dissociated rather than withdrew; an increase or a word to the GP is a decision.
/// </summary>
public sealed class AngerInActionAndPlainIncreaseTests
{
    [Theory]
    [InlineData("Mid-session he raised his voice at me over the pacing diary.")]
    [InlineData("She slammed the door on her way out.")]
    [InlineData("She was red in the face talking about the insurer.")]
    [InlineData("He snapped at me as soon as the diary came out.")]
    public void AngerShownInVoiceOrHands_FiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void ComingBackToThemselvesAfterGoingBlank_IsASafetyCueNotARupture()
    {
        var categories = Reflect.Categories("As I mobilised her neck she went blank and did not respond for a while, then came back to herself.");

        Assert.Contains(Categories.SafetyCue, categories);
        Assert.DoesNotContain(Categories.Rupture, categories);
    }

    [Theory]
    [InlineData("Increased the patch to 25 micrograms.")]
    [InlineData("Rang the GP about her blood pressure.")]
    public void IncreaseOrWordToTheGp_FiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }
}
