using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Written for these tests: a patient's question about parking or appointment times is not their view of the
/// treatment, so the plan still lacks one; a question about the treatment still counts.
/// </summary>
public sealed class LogisticsQuestionNotAViewTests
{
    [Theory]
    [InlineData("Hip. He asked about parking near the gym entrance. Plan: step-ups 3x10.")]
    [InlineData("Knee. She asked whether the appointment times could stay the same. Progressed to lunges.")]
    public void QuestionAboutLogistics_IsNotAView(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void QuestionAboutTheTreatment_IsStillAView()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("Hip. He wondered aloud if cycling might replace the step-ups, and he asked to try it. Plan: bike 15 min."));
    }

    [Fact]
    public void ParkingATopic_IsNotLogistics()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("Together we chose to park the goal sheet; she will choose next week's focus."));
    }
}
