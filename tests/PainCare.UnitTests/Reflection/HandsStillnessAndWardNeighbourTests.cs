using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// What the hands and clothes did is a particular; startle with a word between and stillness told plainly are safety cues;
/// a silence held together told minimally is connection; stopping contact on one's own terms is a strain; a second
/// patient placed by bed or room in a ward note is someone else.
/// </summary>
public sealed class HandsStillnessAndWardNeighbourTests
{
    [Theory]
    [InlineData("She kept her coat buttoned to the chin the whole hour.")]
    [InlineData("She twisted her ring round and round while she spoke.")]
    [InlineData("Dear P, you kept your scarf on and your hands tucked into your sleeves.")]
    [InlineData("Knees together and hands clasped, she waited for me to start.")]
    public void HandsAndClothesInProse_DoNotFireMinuteParticulars(string text)
    {
        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("At her name she surfaced with a slight start.")]
    [InlineData("She gave a small jump when the door banged.")]
    [InlineData("At the word examination she held completely still and did not move at all.")]
    public void StartleWithAWordBetweenOrStillness_FiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("The new programme got off to a slow start.")]
    [InlineData("He jumped at the chance to start hydro.")]
    public void StartAndJumpAsEverydayWords_DoNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("I didn't say anything and neither did he; we just let it be quiet for a while.")]
    [InlineData("He stopped talking and I stopped too, and we stayed like that.")]
    [InlineData("We sat for a while without talking, and something settled.")]
    public void SilenceHeldTogetherMinimally_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He asked us to stop ringing him about appointments.")]
    [InlineData("Email: \"Can't make it next week. Don't know when I can.\"")]
    public void StoppingContactOnTheirOwnTerms_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Can't make it Thursday, my daughter's wedding; rebooked for Monday.")]
    [InlineData("Won't make it tomorrow due to hospital appointment, rebooked.")]
    public void CallingOffForAReason_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Mrs A settled after analgesia. Mr B in bed 4 was distressed and shouting most of the night.")]
    [InlineData("Handover: Ms C comfortable. Mrs D in room 6 tearful about her discharge.")]
    [InlineData("Mr G walked to the day room. The lady in the next bed was very anxious all morning.")]
    public void AnotherPatientOnTheWard_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Mr H in bed 3 was distressed and shouting about the pain in his hip most of the night.")]
    public void TheOnlyPatientPlacedByBed_StillFiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }
}
