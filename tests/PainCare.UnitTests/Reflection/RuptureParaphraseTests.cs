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
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("On light touch to the forearm she flinched and withdrew her hand sharply."));
    }

    [Theory]
    [InlineData("He was non-committal about the walking plan and kept glancing at the door.")]
    [InlineData("She wondered what the whole programme was for, given nothing had shifted.")]
    [InlineData("Getting anything out of him about home was like pulling teeth.")]
    [InlineData("She said she has lost faith in the pain service after three years.")]
    [InlineData("I moved on too quickly from the bad news about her scan, and she went quiet.")]
    [InlineData("He kept his coat on and sat by the door for the whole hour.")]
    public void ToneDoubtOrMisstep_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Strained his calf on the stairs last month; tender over medial gastrocnemius.")]
    [InlineData("Reaching the top shelf is awkward with the sling on.")]
    [InlineData("The insurer refused the claim for more sessions.")]
    [InlineData("Between us we set the timer for the walking intervals.")]
    [InlineData("I should have brought the bigger theraband to the home visit.")]
    public void ClinicalOrThirdPartyLookAlikes_DoNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
