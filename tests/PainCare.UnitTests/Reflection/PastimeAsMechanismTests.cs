using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A sport named only as how the injury happened ("ACL tear (rugby)") or a gym named as the treatment is history or
/// technique, not the person; a sport the patient plays, misses or is going back to is their life.
/// </summary>
public sealed class PastimeAsMechanismTests
{
    [Theory]
    [InlineData("L shoulder dislocation (rugby) 6/52 ago. ER 40, IR 60. Continue cuff isometrics.")]
    [InlineData("R ankle inversion sprain at football on Saturday. Swelling moderate. RICE advice.")]
    [InlineData("Knee flexion 120. Progress to the gym programme, leg press 3x10.")]
    public void SportAsMechanismOrGymAsTreatment_LeavesPersonFocusToFire(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He plays tennis with his brother every Sunday and misses it badly.")]
    [InlineData("She is back at yoga and loving it. Hip flexion 110.")]
    [InlineData("Hoping to be back playing cricket by the summer.")]
    public void SportThePatientLives_CountsAsThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Outcome: goals met. Discharged with a home programme. Knee flexion 130.")]
    [InlineData("Asked whether physio works at all for discs. Lumbar flexion 60%.")]
    public void TreatmentGoalsAndWhetherTreatmentWorks_AreNotThePerson(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }
}
