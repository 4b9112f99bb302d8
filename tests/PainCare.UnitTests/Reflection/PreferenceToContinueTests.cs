using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A patient's stated wish to carry on unchanged is a preference (taxonomy: the patient's view), unlike passive
/// contentment with whatever the clinician planned.
/// </summary>
public sealed class PreferenceToContinueTests
{
    [Theory]
    [InlineData("Happy to continue with the current dose.")]
    [InlineData("She is keen to keep the gym sessions at twice a week.")]
    [InlineData("He wants to stay on the same programme until after the wedding.")]
    public void WishToContinue_CountsAsThePatientsView(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Happy with the plan; HEP unchanged.")]
    [InlineData("Continue current dose. Review in 6/52.")]
    public void PlanWithoutAPreference_FiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }
}
