using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// The taxonomy's edge: how the injury happened is history, not the person. "At work" as the place of an injury and
/// "driver" as the cause of pain say nothing of the patient's life.
/// </summary>
public sealed class InjuryHistoryNotPersonTests
{
    [Theory]
    [InlineData("Twisted the knee stepping off a loading bay at work. Effusion mild, quads lag 10 degrees.")]
    [InlineData("Central sensitisation seems the main driver of the widespread pain. Graded exposure started.")]
    public void InjuryPlaceAndPainDrivers_LeavePersonFocusFiring(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Things at work are tense since the restructure. Knee effusion mild.")]
    [InlineData("Drives a delivery van and worries about keeping the round. Knee effusion mild.")]
    public void WorkLifeOutsideTheInjury_StillCountsAsThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }
}
