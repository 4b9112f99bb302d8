using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Time implied by an earlier session or by the past perfect: strong affect met in an earlier session is not this
/// session's, and "she had been guarded" is history, unless the past perfect only reports speech.
/// </summary>
public sealed class SessionTimeTests
{
    [Theory]
    [InlineData("Last session she was in despair about the flare.")]
    [InlineData("At the first appointment he was livid about the waiting list. Hip flexion 100.")]
    [InlineData("Previous visit he sobbed through most of the history. Shoulder abd 150.")]
    public void AffectInAnEarlierSession_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She is terrified it will flare like last time.")]
    [InlineData("He was livid today about the letter that came after the last appointment.")]
    public void AffectNowThatOnlyMentionsAnEarlierSession_StillFiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He had been bracing through every test before the results were explained.")]
    [InlineData("She'd been guarded for weeks before the injection settled things.")]
    [InlineData("Pt had been flinching at light touch until the desensitisation programme.")]
    public void ProtectionInThePastPerfect_DoesNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Afterwards he told me he had been bracing all through the mobilisation.")]
    [InlineData("She'd been guarded for weeks, but today she braced as soon as I touched the hip.")]
    public void ReportedSpeechOrReturnToToday_StillFiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }
}
