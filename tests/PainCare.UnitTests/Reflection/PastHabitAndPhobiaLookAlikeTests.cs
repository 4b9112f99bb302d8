using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Written for these tests: a feeling the patient "used to" have is history, while a present one in the same sentence
/// still counts; a lifelong phobia unrelated to the care and a dislike of a taste are not strong affect.
/// </summary>
public sealed class PastHabitAndPhobiaLookAlikeTests
{
    [Theory]
    [InlineData("She used to be terrified of the hoist.")]
    [InlineData("He used to get livid with the kids before the new tablets.")]
    [InlineData("His fear of heights means his son clears the gutters.")]
    [InlineData("She hates the taste of the liquid paracetamol.")]
    public void HistoryOrLookAlike_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void PresentFeelingAfterAPastHabit_StillFiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("She used to swim every morning and now she feels worthless."));
    }
}
