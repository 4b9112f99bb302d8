using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Written for these tests: low mood in plain words, a feeling field answered "denies", scary films and the
/// fear-and-avoidance model as look-alikes, and gardening named as what aggravated the pain rather than as the life.
/// </summary>
public sealed class LowMoodFilmsAndAggravatingActivityTests
{
    [Theory]
    [InlineData("He seemed very down and said there was no point any more in trying.")]
    [InlineData("She was pretty down about the setback at the weekend.")]
    public void LowMoodInPlainWords_FiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Low mood: denies. Sleep 6 h. Knee flexion 115.")]
    [InlineData("He likes horror films on a Friday with his brother.")]
    [InlineData("Explained fear and avoidance with the cycle diagram.")]
    public void LookAlike_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void GardeningThatAggravatedThePain_IsNotThePerson()
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories("Back sore after gardening on Sunday. Flexion 70%. Extensions."));
    }

    [Fact]
    public void GardeningAsAPastime_IsThePerson()
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories("Back. She loves her garden and grows prize dahlias. Extensions."));
    }
}
