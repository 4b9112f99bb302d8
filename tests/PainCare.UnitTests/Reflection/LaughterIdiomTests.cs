using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Laughter told as an idiom ("in bits", "in stitches", "crying with laughter") is a shared moment, not distress.</summary>
public sealed class LaughterIdiomTests
{
    [Theory]
    [InlineData("Her tale of the runaway lawnmower had us both in bits.")]
    [InlineData("We both cried with laughter when the gym ball rolled off under the desk.")]
    public void SharedLaughterIdiom_FiresConnectionNotAttunement(string text)
    {
        var categories = Reflect.Categories(text);
        Assert.Contains(Categories.Connection, categories);
        Assert.DoesNotContain(Categories.Attunement, categories);
    }

    [Fact]
    public void InBitsWithoutAnyoneShared_IsStillDistress()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("She was in bits about her dog dying at the weekend."));
    }
}
