using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A silence, a look away or folded arms in the same sentence as the body's protective response or tears belongs to
/// that response (safety or feeling), not to a strain between patient and clinician.
/// </summary>
public sealed class BodyResponseSilenceTests
{
    [Theory]
    [InlineData("As my thumb reached the scar she recoiled and folded her arms tight.")]
    [InlineData("Halfway through a sentence he froze, gaze fixed on the wall, and spaced out for a minute.")]
    [InlineData("She went quiet, then tears came as she talked about her late husband.")]
    public void WithdrawalBesideABodyResponseOrTears_IsNotRupture(string text) =>
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));

    [Theory]
    [InlineData("Arms folded from start to finish of the assessment, he answered for the form only.")]
    [InlineData("She kept looking away while I went through the exercise sheet, short with me throughout.")]
    [InlineData("He went quiet when I mentioned the exercises and didn't look at me again.")]
    public void WithdrawalOnItsOwn_IsStillRupture(string text) =>
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));

    [Fact]
    public void ABodyResponseInAnotherSentence_DoesNotExplainTheSilence() =>
        Assert.Contains(Categories.Rupture, Reflect.Categories("She flinched on the first slump test. Later she went quiet and looked away whenever I raised the home programme."));
}
