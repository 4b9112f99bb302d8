using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Confrontation in the patient's own quoted words is a rupture even without a strain word in the note.</summary>
public sealed class QuotedConfrontationTests
{
    [Theory]
    [InlineData("He started before sitting down: 'you told me the injections would work and I'm no better'.")]
    [InlineData("'You said the brace wouldn't be for long,' she reminded me, arms folded.")]
    [InlineData("She asked me straight out, 'what's the point of this if nothing changes?'")]
    [InlineData("'Honestly, this is a waste of my time,' he said as he sat down.")]
    [InlineData("'You never told me the flare would last a fortnight.'")]
    public void QuotedAccusationOrFutility_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void ClinicianOwnReassurance_DoesNotFireRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("I said the soreness after the first session would ease within two days, and she nodded."));
    }
}
