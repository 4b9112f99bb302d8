using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A patient warning the clinician off, or telling of care that left them worse, is a strain; arguing in play with
/// laughter is banter; not being back at work, a place or a pastime is no withdrawal from care; a recorded disagreement is
/// the patient's view even when the plan then goes ahead with a shrug.
/// </summary>
public sealed class WarningsBanterAndReturnTests
{
    [Theory]
    [InlineData("Said first thing, \"Don't you dare click my neck, the chiro did that once and I was laid up for days.\"")]
    [InlineData("\"Keep your hands off my neck, mate, the last bloke nearly broke it.\"")]
    [InlineData("She was very clear: the acupuncture at the other clinic left her worse and she won't have it.")]
    [InlineData("\"I'm not having my back cracked again, not after what happened last time.\"")]
    public void WarningOffOrLeftWorse_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She asked me to go gently as the area is still bruised from the fall.")]
    [InlineData("The previous physio helped a lot, she said, and she hopes we keep going the same way.")]
    public void AskingForGentleness_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He has not been back at work since the injury in June.")]
    [InlineData("Off the tools and not been back on them since March.")]
    [InlineData("She hasn't been back to church since her husband died.")]
    [InlineData("He hasn't been back at the gym since the back surgery.")]
    public void NotBackAtWorkOrAPastime_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("No sign of him at clinic since I suggested the psychology referral; hasn't been back.")]
    [InlineData("She has not been back since our last session and hasn't replied to texts.")]
    public void NotBackToClinic_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("We argued happily about the best fish and chip shop in town.")]
    [InlineData("A good-natured argument about the cricket got him talking.")]
    [InlineData("He argued with a wink that the hospital coffee was a form of torture.")]
    [InlineData("She argued, smiling, that I should be the one doing the exercises.")]
    public void ArguingInPlay_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He argued with me about the plan and left without booking.")]
    [InlineData("He argued that I hadn't listened to a word he'd said.")]
    public void ArguingAboutTheCare_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("I proposed an opioid taper; he disagreed, so a slower one was settled, which he took with a shrug.")]
    [InlineData("He didn't agree with stopping the gabapentin but went along with it in the end.")]
    [InlineData("Pt disagreed w/ increasing the load, we compromised, pt nodded without conviction.")]
    public void DisagreementThenAShrug_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Her husband disagreed with the referral, but it was sent.")]
    public void OthersDisagreeing_StillFiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }
}
