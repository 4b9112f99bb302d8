using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A pastime named with "a keen" or an instrument is the person; being held down or awake under a procedure is trauma;
/// a documentary about a war is not.
/// </summary>
public sealed class PastimesAndMedicalTraumaTests
{
    [Theory]
    [InlineData("Ankle DF 10. On weekends he is the bass player for a wedding band.")]
    [InlineData("Elbow flexion full. She is a keen baker and sells cakes at the market.")]
    [InlineData("Hip IR 25. A keen orienteer, out most weekends.")]
    public void PastimeNamed_DoesNotFirePersonFocus(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She woke up during her caesarean and felt everything.")]
    [InlineData("She was held down during a procedure as a child and still dreads needles.")]
    public void AwakeOrHeldDownUnderAProcedure_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Fact]
    public void AWarDocumentary_DoesNotFireTraumaInformed()
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories("She watched a war documentary last night."));
    }
}
