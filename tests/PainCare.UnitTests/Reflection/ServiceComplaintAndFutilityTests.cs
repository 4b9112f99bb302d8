using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Rupture in plain words: a service that never calls back, being treated like a malingerer, a silent treatment, a wish
/// to go elsewhere, and futility said through a negation ("no idea why I keep turning up").
/// </summary>
public sealed class ServiceComplaintAndFutilityTests
{
    [Theory]
    [InlineData("She said the hospital never rings back when they promise to.")]
    [InlineData("He said the doctors at the hospital treated him like a drug seeker.")]
    [InlineData("She gave me the silent treatment all session.")]
    [InlineData("She's thinking of going elsewhere.")]
    [InlineData("\"Honestly, I do not know why I keep turning up,\" he said.")]
    public void PlainStrain_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("The GP rang back with the blood results.")]
    [InlineData("The dog went elsewhere for the weekend.")]
    public void LookAlikes_DoNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
