using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A plan "to be discussed with his GP" asks a colleague, not the patient, and a camera turned off at the patient's
/// request is not a view of the treatment; an exercise dose written in shorthand is a treatment decision.
/// </summary>
public sealed class PatientViewLookAlikeTests
{
    [Theory]
    [InlineData("Knee OA. Continue the loading programme. Injection: I will discuss with her GP.")]
    [InlineData("Video call with the camera off at his request. Advised a graded walking programme.")]
    public void DecisionWithAColleagueOrALogisticsRequest_StillFiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("A: patellar tendinopathy. P: isometrics 5 x 45 s before training.")]
    [InlineData("Lumbar derangement. Repeated extension in lying, 10 reps.")]
    public void ShorthandExerciseDose_IsATreatmentDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void ChoiceAskedOfThePatient_StillStopsSharedDecision()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("We discussed isometrics or cycling to start; she chose the bike."));
    }
}
