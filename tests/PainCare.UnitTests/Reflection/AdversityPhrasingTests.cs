using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Adversity told in plain words (a vehicle rollover, detention and beating, a dog bite, opioid dependence, a veiled
/// "something happened to her") fires trauma-informed; a figurative shove and the loss of a pastime do not.
/// </summary>
public sealed class AdversityPhrasingTests
{
    [Theory]
    [InlineData("Neck pain since a quad-bike rollover on the farm last spring.")]
    [InlineData("He was detained and beaten by soldiers before he reached the UK.")]
    [InlineData("She was bitten by a stray dog on her calf in June.")]
    [InlineData("He is two years clear of a long dependence on codeine.")]
    [InlineData("She keeps her back to the wall in the gym; something happened to her years ago, she said.")]
    public void AdversityInPlainWords_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She says the hospital shoved her through the discharge lounge in an hour.")]
    [InlineData("He talked about the loss of his golf since the shoulder went.")]
    [InlineData("Rolled over onto her front for the PA glides without fuss.")]
    public void FigurativeShoveOrLossOfAPastime_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
