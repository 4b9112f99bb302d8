using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Hopelessness put as having no reason to rise or go on; a silence that leads straight into speaking is a pause,
/// not withdrawal; one exercise swapped for another is a treatment decision; a question asked about life at home is not
/// the patient's view on treatment.
/// </summary>
public sealed class NoReasonToGoOnAndSwappedExercisesTests
{
    [Theory]
    [InlineData("Most days she can't see any real reason to get up, she says.")]
    [InlineData("He cannot see a reason to go on like this.")]
    [InlineData("Since the redundancy he says there is nothing to get up for.")]
    [InlineData("Since retiring he has lost all purpose, his words were flat.")]
    public void NoReasonToGoOn_FiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She can't see the reason to change the plan.")]
    [InlineData("He sees no reason to stop swimming.")]
    [InlineData("She denies any sense of having no reason to go on.")]
    public void ReasonsAboutTreatmentOrDenied_DoNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Asked about work, he went silent for a moment, then said he had been let go in June.")]
    [InlineData("She fell silent for a while before talking about the years caring for her mother.")]
    public void SilenceLeadingIntoSpeech_IsNotWithdrawal(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void SilenceThatStays_IsStillWithdrawal()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("He went quiet and said nothing more until we finished."));
    }

    [Theory]
    [InlineData("I swapped the bridges for squats.")]
    [InlineData("We replaced the band work with light weights.")]
    [InlineData("Switched the step-ups for a static bike.")]
    public void OneExerciseForAnother_IsADecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void JointReplacedInThePast_IsNotADecision()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("She has had her hip replaced with a ceramic joint."));
    }

    [Fact]
    public void QuestionAboutHome_IsNotAViewOnTreatment()
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(
            "She asked who would water the plants at home. Plan: daily dressings to continue."));
    }

    [Fact]
    public void AskingToGoHome_IsAViewOnDischarge()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(
            "She asked whether going home today was possible; plan: discharge with a stick."));
    }
}
