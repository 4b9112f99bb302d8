using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A quoted complaint about care that keeps being repeated is not the patient's view of today's plan; a clinician
/// wondering whether the patient would have disagreed records no view; new progressions set are a decision.
/// </summary>
public sealed class RepeatedCareHypotheticalAgreementAndNewProgressionsTests
{
    [Theory]
    [InlineData("'All anyone does is keep handing me exercise sheets,' he said. Plan: add hip hinge drills.")]
    [InlineData("'They kept sending me for physiotherapy that did nothing,' she said. Plan: start hydrotherapy.")]
    public void ComplaintAboutRepeatedCare_IsNotAView(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void QuotedWishAboutTheExercises_IsAView()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(
            "'I'd like to keep the exercise sheets short,' he said. Plan: add hip hinge drills."));
    }

    [Theory]
    [InlineData("I set new balance progressions and he nodded. I doubt I would know if he disagreed.")]
    [InlineData("Plan: graded walking. I'm unsure whether she really agreed or was just being polite.")]
    public void WonderingWhetherThePatientAgreed_IsNoView(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("I set new balance progressions for the week.")]
    [InlineData("Set a new target of ten sit-to-stands before lunch.")]
    public void NewProgressionsSet_AreADecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void PersonalBest_IsNoDecision()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("He set a new personal best at the weekend."));
    }
}
