using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Screening names what was looked for, not what was found; weather and a person sitting quietly on their own are
/// look-alikes for affect and connection.
/// </summary>
public sealed class ScreeningAndWeatherTests
{
    [Theory]
    [InlineData("Screened for domestic violence and substance misuse: both negative.")]
    [InlineData("Screening for childhood adversity unremarkable.")]
    [InlineData("Pt screened for PTSD symptoms at intake, score below threshold.")]
    public void ScreeningWithoutAFinding_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Fact]
    public void AdversityDescribedByThePatient_StillFiresTraumaInformed()
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories("She described years of abuse from her ex-partner."));
    }

    [Theory]
    [InlineData("Fingers numb and white in the bitter cold this week. Wax bath.")]
    [InlineData("Walks the dog at six whatever the weather, even in a bitter wind.")]
    public void BitterWeather_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void BitternessInThePerson_StillFiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("He is bitter about how the insurer treated him."));
    }

    [Fact]
    public void PersonSittingQuietlyAlone_DoesNotFireConnection()
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories("She sat quietly in the corner while her son answered the questions."));
    }
}
