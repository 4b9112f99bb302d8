using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Safety, feeling, strain and meeting described through the body, the voice or the video call.</summary>
public sealed class BodyToldPlainlyTests
{
    [Theory]
    [InlineData("He lowered himself gingerly onto the couch and kept a palm pressed to the wall.")]
    [InlineData("Her eyes were unfocused for a while after the needle went in.")]
    [InlineData("She hesitated at the door of the gym and looked back at me.")]
    public void GuardedMovementAndAbsence_FireSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Fact]
    public void TearsWhenTouchedLightly_FireSafetyCue()
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories("Tears came when I stroked the scar with a soft brush, and she tucked the hand away."));
    }

    [Theory]
    [InlineData("No one in the class winced during the roll-downs this week.")]
    [InlineData("Nobody flinched when the music changed.")]
    public void NobodyNegatesTheCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He teared up talking about his old allotment.")]
    [InlineData("At the review she sounded flat and tired.")]
    public void FeelingInVoiceAndTears_FiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Video review: he kept his camera off and answered in a word or two.")]
    [InlineData("She told me she nearly didn't bother coming this week.")]
    [InlineData("He said he can't see it helping and wants to stop after today.")]
    public void WithdrawalAndDoubt_FireRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("When the story came out the whole group laughed along with him.")]
    [InlineData("Half way through she put her camera on and we could see each other at last.")]
    [InlineData("I waited quietly until he was ready to go on.")]
    public void SharedLaughterVisibilityAndHeldPauses_FireConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Fact]
    public void HunchedOverADeskIsPostureNotSafety()
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories("Works hunched over a laptop most days; neck stiff by evening."));
    }

    [Fact]
    public void AFlatVoiceOnAPhoneCallIsFeeling_AFlatPhoneIsNot()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Phone call today. He sounded flat and said nothing had changed."));
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("Rang twice; her phone was flat so we rebooked by text."));
    }
}
