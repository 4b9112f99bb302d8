using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Rupture written as withdrawal, disagreement, frustration with the plan, a complaint or the clinician's misstep.</summary>
public sealed class RuptureParaphraseTests
{
    [Theory]
    [InlineData("Went quiet after I mentioned the scan and answered in monosyllables.")]
    [InlineData("He disagreed with the pacing plan and sat with his arms folded.")]
    [InlineData("She said she was sick of being told to do more stretches.")]
    [InlineData("Pt rang to cancel the day after last week's difficult session.")]
    [InlineData("He got defensive when I raised the flare-up diary.")]
    [InlineData("She felt judged by the questions about her weight.")]
    [InlineData("Her husband has lodged a grievance about the waiting time and she was curt with me throughout.")]
    [InlineData("I got it wrong by moving straight to the exercises, and I apologised to her at the end.")]
    [InlineData("There was an awkward silence after I suggested the pain clinic.")]
    public void WithdrawalDisagreementOrMisstep_FiresRupture(string text)
    {
        Assert.Equal("rupture.text", Reflect.Single(text, Categories.Rupture).RuleId);
    }

    [Fact]
    public void LimbWithdrawnFromTouch_DoesNotFireRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("On light touch to the forearm she flinched and withdrew the hand."));
    }
}
