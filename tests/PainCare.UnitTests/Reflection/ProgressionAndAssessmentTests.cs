using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A progression told in plain verbs (weights increased, moved on to a harder exercise, booked into a class) is a
/// treatment decision; an assessment or examination carried over to the next visit, or the patient's own programme
/// seen in passing, or a class named only as where the meeting happened, is not.
/// </summary>
public sealed class ProgressionAndAssessmentTests
{
    [Theory]
    [InlineData("Increased the weights on the leg press to 40 kg.")]
    [InlineData("Upped the reps to fifteen.")]
    [InlineData("Booked her into the back class on Tuesdays.")]
    [InlineData("Changed her to a lighter band.")]
    [InlineData("Moved him on to single-leg squats.")]
    [InlineData("The next step will be a letter to the hand surgeon.")]
    public void ProgressionInPlainVerbs_FiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("History taken; examination to continue next session. She spoke about her farm.")]
    [InlineData("Shoulder range measured; continue the assessment on Friday. Talked about her grandson.")]
    [InlineData("She was in the gym doing her own programme when I arrived, laughing with her friend.")]
    [InlineData("Caught her after the hydrotherapy class to say hello. She was chatting about her holiday.")]
    [InlineData("He came to the exercise group as usual and talked about his new grandchild.")]
    public void AssessmentCarriedOverOwnProgrammeOrClassAsPlace_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }
}
