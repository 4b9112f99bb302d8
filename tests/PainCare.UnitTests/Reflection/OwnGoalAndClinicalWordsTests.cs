using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A goal counts as the person only when the text makes it theirs ("her goal", "in his words", "he picked"); clinical
/// targets, a clinician's confidence, an exercise that "works the glutes" and a gym programme as treatment do not.
/// </summary>
public sealed class OwnGoalAndClinicalWordsTests
{
    [Theory]
    [InlineData("Goals: knee flexion 120 by week 6, independent on stairs. Quads sets, SLR x15.")]
    [InlineData("Confident this is a facet picture rather than discogenic. Mobilised L4/5 grade III.")]
    [InlineData("The exercise works the glutes; progressed to single-leg bridge. Hip abduction 4+/5.")]
    [InlineData("Plan: back to the gym programme in 2 weeks, deadlift technique reviewed. L/S flexion full.")]
    public void ClinicalTargetsAndLookAlikes_LeavePersonFocus(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Her goal is to walk the dog round the park again. Squats to chair.")]
    [InlineData("Goal in his own words: to lift the grandkids without wincing. Deadlift patterning.")]
    [InlineData("Back out on the boat with the lads at the weekend. Lumbar ROM full.")]
    public void GoalsAndLifeMadeTheirs_AreThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }
}
