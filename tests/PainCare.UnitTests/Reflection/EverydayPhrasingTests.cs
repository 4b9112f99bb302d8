using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Livelihood loss, an unhurried silence, colloquial defeat and hesitant movement, in plain words.</summary>
public sealed class EverydayPhrasingTests
{
    [Fact]
    public void LosingTheFamilyBusiness_FiresTraumaInformed()
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories("The business went under last spring and he has been driving taxis since."));
    }

    [Fact]
    public void ASilenceNobodyHurriedToEnd_FiresConnection()
    {
        Assert.Contains(Categories.Connection, Reflect.Categories("After she spoke, nobody rushed to say anything and the pause felt easy."));
    }

    [Fact]
    public void BeingOverItAsDefeat_FiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("He told me he's over it, the whole business of the back."));
    }

    [Theory]
    [InlineData("She moves the ankle cautiously through dorsiflexion.")]
    [InlineData("Each squat stopped well short of ninety degrees while he watched his knee.")]
    public void HesitantMovementShortOfRange_FiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }
}
