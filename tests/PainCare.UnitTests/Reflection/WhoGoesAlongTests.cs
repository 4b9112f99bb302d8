using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Going along is passive assent only when the patient goes along; the clinician going along with the patient's own
/// plan leaves the patient's view standing.
/// </summary>
public sealed class WhoGoesAlongTests
{
    [Theory]
    [InlineData("He decided to halve the tablets; I went along with his plan.")]
    [InlineData("She chose the pool; I went along with her choice, though I'd have picked the gym.")]
    public void ClinicianGoingAlongWithThePatientsChoice_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("I suggested the stretches and he went along with it without conviction.")]
    [InlineData("Increased the weights; he goes along with whatever I suggest.")]
    public void PatientGoingAlong_FiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }
}
