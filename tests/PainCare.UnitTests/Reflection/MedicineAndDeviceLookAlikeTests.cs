using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Safety words that describe a medicine's effect, a job, kit or an infusion line rather than the body protecting
/// itself; the same words about a response to touch still fire.
/// </summary>
public sealed class MedicineAndDeviceLookAlikeTests
{
    [Theory]
    [InlineData("The pregabalin leaves him foggy and spaced out most mornings.")]
    [InlineData("Reports feeling zoned out ever since the dose went up.")]
    [InlineData("Amitriptyline makes her dazed until lunchtime.")]
    public void DissociationCausedByAMedicine_DoesNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("When I touched her neck she zoned out for a few seconds.")]
    [InlineData("She went blank as soon as I mentioned the car; the new tablets start next week.")]
    public void DissociationDuringTheSession_StillFiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Works as a security guard on nights; ankle 4/10.")]
    [InlineData("Wears a mouthguard for rugby. Jaw ROM full.")]
    [InlineData("Cannula flushed, infusion started at 10:00.")]
    [InlineData("Knee: local warmth and swelling, no erythema.")]
    public void JobKitLineOrInflammation_FiresNoSafetyOrConnection(string text)
    {
        var categories = Reflect.Categories(text);
        Assert.DoesNotContain(Categories.SafetyCue, categories);
        Assert.DoesNotContain(Categories.Connection, categories);
    }

    [Theory]
    [InlineData("She flushed when I asked to see her back.")]
    [InlineData("He stayed on guard the whole time my hands were near his shoulder.")]
    public void FlushingOrVigilanceInThePerson_StillFiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }
}
