using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Feeling words used as idioms ("hopeless at", "desperate to get back", "afraid so", "respiratory distress"), time
/// words that look like the person's life ("over the weekend", "since Christmas"), and a life activity the patient
/// cannot do, which is still their life.
/// </summary>
public sealed class IdiomAndTimeWordLookAlikeTests
{
    [Theory]
    [InlineData("He's hopeless at remembering his stretches, so we set phone reminders.")]
    [InlineData("Desperate to get back to netball for the cup run. Single-leg squat good.")]
    [InlineData("Respiratory distress excluded by the registrar; chest clear.")]
    [InlineData("Afraid so, he said, when I asked if the morning stiffness was back.")]
    [InlineData("Says it's frustrating that the referral letter went missing. Wrist ROM full.")]
    public void FeelingIdioms_DoNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Sore over the weekend after the long drive. Lumbar flexion 60%.")]
    [InlineData("Stiffer since Christmas. Cervical rotation 60/70.")]
    public void TimeWords_AreNotThePerson(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Can't garden any more because of the knee. Flexion 105.")]
    [InlineData("Unable to play golf since the operation. Shoulder ER 40.")]
    public void LifeActivityTheyCannotDo_IsStillThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She asked whether her hip will ever be right again. Plan: continue the bridges.")]
    [InlineData("Reluctant to get up this morning. Plan: sit to stand practice twice daily.")]
    public void PrognosisQuestionOrReluctanceToGetUp_IsNotAViewOnTheDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }
}
