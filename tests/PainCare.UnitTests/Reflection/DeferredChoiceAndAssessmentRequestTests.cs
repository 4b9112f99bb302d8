using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Asking the patient to perform a test is assessment, not a treatment decision; deferring a choice to think or talk it
/// over, or plumping for one option, is the patient's view; shorthand plans (a weekday review, a dose started, a
/// dressing changed) are decisions.
/// </summary>
public sealed class DeferredChoiceAndAssessmentRequestTests
{
    [Theory]
    [InlineData("Asked him to demonstrate which movement hurts; he reached for the shelf.")]
    [InlineData("Asked her to squat as far as she could; she managed about half.")]
    [InlineData("Upping the dose or a nerve block discussed; he would like to think it over at home.")]
    [InlineData("Offered the pain programme; he needs time to decide.")]
    [InlineData("He plumped for the injection after we went over the risks.")]
    public void AssessmentOrTheirOwnChoice_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Wrist sprain. Splint for comfort, review Thursday.")]
    [InlineData("Amitriptyline 10 mg nocte started today.")]
    [InlineData("Dressing changed, compression re-applied.")]
    public void ShorthandPlanWithoutAView_FiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }
}
