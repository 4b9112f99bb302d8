using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Words that can carry a view ("agreed", "prefers", "keen on", "asked", "options") count as the patient's view of the
/// plan only near a treatment: in their own sentence, or for a reply ("she agreed", "he declined") in the sentence
/// before. Elsewhere they are talk about life or symptoms, and the plan stays unshared.
/// </summary>
public sealed class ViewNeedsATreatmentTests
{
    [Theory]
    [InlineData("She agreed that the pain was worse in the mornings. Plan: start a walking programme.")]
    [InlineData("He is keen on gardening and fishing. Continue the strengthening programme.")]
    [InlineData("She prefers to sit on a hard chair. Home exercises issued.")]
    [InlineData("He asked about my weekend. Continue current programme.")]
    [InlineData("He had no choice but to keep working through the pain. Referred to occupational health.")]
    [InlineData("She has few options for childcare in the holidays. Plan unchanged.")]
    [InlineData("He made it clear the pain was worst at night. Started on a night splint.")]
    public void ViewWordAwayFromAnyTreatment_StillFiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Suggested a trial of hydrotherapy. She agreed and was keen to start.")]
    [InlineData("Offered a steroid injection. He declined.")]
    [InlineData("She is keen on the gym programme, so we built it around that.")]
    [InlineData("Keen to stay at the same dose rather than go up; continue.")]
    [InlineData("She'd rather skip the taping this week. Progressed to hopping.")]
    public void ViewNearTheTreatment_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }
}
