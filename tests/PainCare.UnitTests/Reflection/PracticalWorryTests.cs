using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Worry about money or getting to the clinic is a practical matter, not distress the clinician attunes to.
/// </summary>
public sealed class PracticalWorryTests
{
    [Theory]
    [InlineData("Worried about money for the extra sessions, so we spaced them out to fortnightly. Squats 3x10.")]
    [InlineData("He was anxious about the bus times from the village. Booked a later slot.")]
    [InlineData("Stressed about the train fare each week, asked about a video review. Bridges x12.")]
    public void WorryAboutMoneyOrTravel_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void WorryAboutThePain_StillFiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("She was frightened that the pain meant the disc had slipped again."));
    }
}
