using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class AdversityAndLookAlikeTests
{
    [Theory]
    [InlineData("He spent twenty years in the army before his back went.")]
    [InlineData("Long military service overseas; sleeps badly since coming home.")]
    [InlineData("She left the armed forces last year and is retraining.")]
    [InlineData("Ex-forces, medically discharged with knee pain.")]
    public void MilitaryHistory_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She helps at the Salvation Army shop on Saturdays and enjoys it.")]
    [InlineData("Wore an army-green jacket; chatted about the weekend.")]
    public void ArmyAsANameOrColour_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She was hospitalised as a child for several months with a kidney illness.")]
    [InlineData("A long childhood hospitalisation still colours how he feels about clinics.")]
    [InlineData("He says his childhood hospitalisation was frightening.")]
    public void ChildhoodHospitalStays_FireTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Her stepfather drank heavily throughout her teens.")]
    [InlineData("He describes himself as a heavy drinker until last year.")]
    [InlineData("Grew up with a problem drinker in the house.")]
    public void DrinkingInTheHistory_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She has recently ended a toxic relationship.")]
    [InlineData("He moved out of a violent marriage in the spring.")]
    [InlineData("Years in a toxic marriage left her wary of being touched.")]
    public void HarmfulRelationships_FireTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Fact]
    public void MilitaryPressExercise_DoesNotFireTraumaInformed()
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories("Shoulder ROM full. Added a seated military press 3x8 to the programme."));
    }

    [Theory]
    [InlineData("Trigger point in the left temporalis refers pain to the temple. NRS 5/10.")]
    [InlineData("Headache over the R temple, worse in the afternoon. C-spine ROM full.")]
    [InlineData("Tender over the temple on palpation; jaw opening 35 mm.")]
    public void TheTempleOfTheHead_IsNotAPlaceOfWorshipAndStillFiresPersonFocus(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She prays at the temple each morning and the stairs are hard.")]
    [InlineData("He volunteers at temple on Fridays and kneeling hurts.")]
    [InlineData("Kneeling at the temple has become hard for him.")]
    public void WorshipAtATemple_StillCountsAsThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }
}
