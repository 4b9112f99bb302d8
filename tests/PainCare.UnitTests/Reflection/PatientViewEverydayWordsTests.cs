using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// The patient's view told in everyday words (their input, their priority, what they thought more realistic, what
/// would help most) and a wish the clinician overruled all count for shared decision.
/// </summary>
public sealed class PatientViewEverydayWordsTests
{
    [Theory]
    [InlineData("Suggested a walking programme; she thought three times a week was more realistic than daily, so we went with that.")]
    [InlineData("Her priority was sleep, so we started with positioning rather than strengthening.")]
    [InlineData("Drew up the phased work plan with her input on which days to build up.")]
    [InlineData("When I asked what would help him, he said the bike, so Fridays are now bike days.")]
    [InlineData("He wanted to carry on playing; the team doctor overruled that and arranged an X-ray.")]
    public void PatientViewInEverydayWords_LeavesSharedDecisionOut(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Knee flexion 100. Carried on with bridges and wall sits.")]
    [InlineData("6MWT 400 m. Progress the intervals to 25 min next week.")]
    public void TreatmentCarriedOnOrProgressed_IsADecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }
}
