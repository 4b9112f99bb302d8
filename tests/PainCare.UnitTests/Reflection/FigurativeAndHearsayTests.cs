using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Events that did not happen to the patient (a near miss, a joke about one's own funeral), machines breaking down, and
/// adversity known only by rumour do not fire the categories their words resemble.
/// </summary>
public sealed class FigurativeAndHearsayTests
{
    [Fact]
    public void ANearMiss_IsNotAnAccidentAndNotMissingSomeone()
    {
        var categories = Reflect.Categories("Had a near miss on the stairs on Monday but caught the rail. Step-ups to 20 cm.");
        Assert.DoesNotContain(Categories.TraumaInformed, categories);
        Assert.Contains(Categories.PersonFocus, categories);
    }

    [Fact]
    public void JokingAboutOnesOwnFuneral_IsNotBereavement()
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories("He joked the walking frame would see him to his own funeral in style."));
    }

    [Theory]
    [InlineData("The hoist broke down halfway through the transfer so we used the slide sheet.")]
    [InlineData("Treadmill broke down again; did the intervals on the bike.")]
    public void EquipmentBreakingDown_IsNotDistress(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void ThePatientBreakingDown_IsStillDistress()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Halfway through the transfer she broke down and said she was done."));
    }

    [Theory]
    [InlineData("Rumour on the ward is that he was beaten up outside a pub years back; nothing in the notes.")]
    [InlineData("Apparently, according to the porter, she had a bad car accident years back.")]
    public void AdversityKnownOnlyByRumour_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Fact]
    public void AdversityThePatientReports_StillFiresTraumaInformed()
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories("She reports neck pain since a car accident on the motorway in May."));
    }
}
