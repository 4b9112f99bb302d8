using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Withdrawal told in plain words (a shrug for an answer, a back half turned, eyes kept on a phone), doubt that the care
/// can help and a complaint that the notes were not read are ruptures. Going quiet before a disclosure and exercises
/// left for a cramp are not.
/// </summary>
public sealed class WithdrawalInPlainWordsTests
{
    [Theory]
    [InlineData("Asked how the week went and got only a shrug.")]
    [InlineData("He sat with his back half turned to me for most of it.")]
    [InlineData("She kept checking her phone while I talked through the plan.")]
    [InlineData("He can't see how more physio is going to change anything.")]
    [InlineData("She told me I hadn't read her notes properly.")]
    public void WithdrawalOrDoubtInPlainWords_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She went quiet for a moment, then told me she had never said this to anyone.")]
    [InlineData("He didn't complete the last set because of cramp in his calf.")]
    public void PauseBeforeADisclosureOrExcusedSet_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
