using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A feeling reported as easing ("less anxious", "the anxiety has settled"), tears of joy, a pet's nerves and a
/// questionnaire's fear score are not strong affect in the session.
/// </summary>
public sealed class EasedFeelingAndJoyTests
{
    [Theory]
    [InlineData("Far less worried about the stairs than at Easter.")]
    [InlineData("The anxiety has eased since the consultant explained the scan.")]
    [InlineData("She wept at her grandson's christening, tears of joy, she said.")]
    [InlineData("Her dog was anxious in the car, so she came by bus.")]
    [InlineData("His fear of movement score fell from 44 to 31.")]
    public void EasedFeelingJoyPetOrScore_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void TearsWhileTalkingOfALoss_StillFireAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("She wept talking about her sister's illness."));
    }
}
