using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Looking away or falling silent is strain only when it is aimed at the relationship: in the same sentence as the
/// body protecting itself, drifting off or crying, it belongs to that response, not to rupture.
/// </summary>
public sealed class WithdrawalScopeTests
{
    [Theory]
    [InlineData("Halfway through the breathing exercise she gazed out of the window, miles away, until I said her name.")]
    [InlineData("As the needle went near the scar she recoiled and turned away from me.")]
    [InlineData("Talking about the house sale he went quiet and then cried for a while.")]
    public void WithdrawalInsideAProtectiveOrGriefResponse_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Once the home programme came up he looked away and went quiet.")]
    [InlineData("Arms folded, she answered every question in single words.")]
    public void WithdrawalOnItsOwn_StillFiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void ASafetyCueInAnotherSentence_DoesNotCancelWithdrawal()
    {
        const string text = "He flinched when I tested the knee. Later, asked about the plan, he looked away and went quiet.";
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }
}
