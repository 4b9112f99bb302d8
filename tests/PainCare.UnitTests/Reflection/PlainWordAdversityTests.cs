using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Loss, a parent's addiction, disaster and service told in everyday words rather than clinical ones.</summary>
public sealed class PlainWordAdversityTests
{
    [Theory]
    [InlineData("Her mum passed at Easter and the garden has gone to seed since.")]
    [InlineData("He nursed his wife, who passed two summers ago, and now cooks for one.")]
    [InlineData("She lost her brother to cancer in the spring.")]
    public void BereavementWithoutTheWordDied_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Growing up, his mother's drinking meant he often cooked for his sisters.")]
    [InlineData("She said her dad drank most nights when she was small.")]
    public void AParentsDrinking_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He lost his job at the depot in the autumn and has not looked since.")]
    [InlineData("The bushfire reached their road; the family now rents in town.")]
    [InlineData("She was an army medic for eight years.")]
    [InlineData("Left a bad marriage four years ago and moved back near her sister.")]
    [InlineData("Spent most of a school year on a ward in a hospital as a child after a kidney operation.")]
    public void LossDisasterServiceAndHardRelationships_FireTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She passed her driving test last month and is delighted.")]
    [InlineData("Donates to the Salvation Army and volunteers there on Fridays.")]
    [InlineData("Core stab progressed to side plank, 3 x 20 s.")]
    public void LookAlikesOfAdversityWords_DoNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
