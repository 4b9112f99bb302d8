using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Going quiet or looking away while the clinician's hands are on the body is protective, not a strain in the
/// relationship; the same withdrawal in conversation is still rupture.
/// </summary>
public sealed class HandlingScopeTests
{
    [Theory]
    [InlineData("Went completely still and stopped talking when I pressed on L4.")]
    [InlineData("She looked away and went quiet as I pressed along the scar.")]
    [InlineData("When I touched the shoulder he clammed up and stared at the floor.")]
    public void WithdrawalUnderTheHands_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He went quiet once the tribunal came up.")]
    [InlineData("She looked away when I explained the scan report.")]
    public void WithdrawalInConversation_StillFiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Went completely still and stopped talking when I pressed on L4.")]
    [InlineData("Stopped breathing for a moment as I took the arm into abduction.")]
    public void FreezeOrHeldBreathUnderTheHands_FiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }
}
