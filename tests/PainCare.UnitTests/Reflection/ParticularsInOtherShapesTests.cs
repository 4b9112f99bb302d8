using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// How the patient spoke or moved, in shapes beyond the first lexicon (a throat cleared, weight shifted, words found
/// haltingly), is a particular. Gait, posture or sitting named as an assessment, an exam, advice or a tolerance is not.
/// </summary>
public sealed class ParticularsInOtherShapesTests
{
    [Theory]
    [InlineData("He cleared his throat twice before answering about the night shifts.")]
    [InlineData("She shifted her weight from one foot to the other as we talked.")]
    [InlineData("He explained haltingly, stopping often to find his words.")]
    [InlineData("She swallowed hard when the fall came up.")]
    public void HowThePatientSpokeOrMoved_IsAParticular(string text)
    {
        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Gait analysis arranged with the podiatrist. Ankle dorsiflexion 10 degrees.")]
    [InlineData("Her posture assessment found nothing of note. Neck rotation full.")]
    [InlineData("He sat his final exams in June. Wrist extension improving.")]
    [InlineData("Advised to sit upright at the desk. Review in three weeks.")]
    [InlineData("She slowly increased her cycling to twenty minutes.")]
    [InlineData("Can now sit for two hours in the car without pain.")]
    public void AssessmentsAdviceAndTolerances_AreNoParticular(string text)
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(text));
    }
}
