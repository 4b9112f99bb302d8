using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Going along without conviction (taxonomy: rupture): an agreement in the same sentence as a sign that it was
/// hollow. Agreement alone, or a flat manner without agreement, is not a strain.
/// </summary>
public sealed class PassiveAssentTests
{
    [Theory]
    [InlineData("Agreed to the new exercises with a shrug.")]
    [InlineData("He accepted the taper plan listlessly.")]
    [InlineData("Pt said yes to the referral without much enthusiasm.")]
    [InlineData("Poorly engaged with the goal-setting today.")]
    public void AssentWithoutConviction_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She agreed to the plan and was keen to start.")]
    [InlineData("He agreed without hesitation.")]
    [InlineData("She stated flatly that the pain was 6/10.")]
    [InlineData("Good engagement with HEP.")]
    public void ReadyAgreementOrFlatReport_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
