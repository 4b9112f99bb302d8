using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A view the clinician only imagines or never asked for is no view; a choice made without words among options offered is
/// a view; holidays named as dates are no life detail.
/// </summary>
public sealed class UnaskedViewNonVerbalChoiceAndHolidayTests
{
    [Theory]
    [InlineData("I gave her the pacing plan; I wonder now what she would have preferred.")]
    [InlineData("Injection done; his own wishes were never asked about, which I regret.")]
    [InlineData("Started the taper. Had I asked, she might have chosen differently.")]
    [InlineData("I booked the MRI without asking her view.")]
    public void ImaginedOrUnaskedView_FiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Asked for her preference, she chose the pool.")]
    [InlineData("She'd rather wait, she told me, so a review next month it is.")]
    public void ViewActuallyGiven_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("I showed him two splints and he pointed firmly at the smaller one, so we fitted that.")]
    [InlineData("She can't speak since the stroke but gave a clear thumbs up to the hydro referral.")]
    [InlineData("Using the picture board she chose the perching stool. Stool ordered.")]
    public void ChoiceWithoutWords_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She pointed to her shoulder when asked where it hurt. Sling applied.")]
    public void PointingToWhereItHurts_StillFiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("L shoulder impingement. Pain worse over the holidays. Tx: STM, HEP rotator cuff 3x10.")]
    [InlineData("Knee OA. Not seen since before the holidays. ROM 5-110. HEP progressed.")]
    public void HolidayAsADate_FiresPersonFocus(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He is saving for a holiday to see his brother in Perth.")]
    [InlineData("Missed her yearly holiday with her sisters because of the back.")]
    public void HolidayInALife_DoesNotFirePersonFocus(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }
}
