using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Adversity in wordings met in plain notes: a fall from a height or a horse, a suicide in the family, a pregnancy lost.</summary>
public sealed class FallsFromHeightSuicideAndPregnancyLossTests
{
    [Theory]
    [InlineData("He fell four metres at work in 2021. Lumbar flexion limited.")]
    [InlineData("Came off a ladder clearing gutters; wrist ORIF in March.")]
    [InlineData("Slipped off the roof of the barn last summer, L1 wedge fracture.")]
    [InlineData("After a horse fall last winter her shoulder has been stiff.")]
    public void FallFromHeightOrHorse_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He tripped two feet from the kerb and grazed his palm.")]
    [InlineData("She climbs a ladder at work every day to stock shelves.")]
    public void ShortTripsAndLadderWork_DoNotFireTrauma(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("His uncle has taken his own life, she told me.")]
    [InlineData("She said the baby she lost would have turned three this month.")]
    [InlineData("They are still grieving; the baby they lost was due in May.")]
    public void SuicideAndPregnancyLoss_FireTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
