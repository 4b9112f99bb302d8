using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Manual-therapy codes, home programmes written as doses and medicines given on a ward are treatment decisions; tears
/// and cries set off by turning, hoisting, washing or a transfer are a safety cue, not patient affect.
/// </summary>
public sealed class ShorthandTreatmentAndCareHandlingTests
{
    [Theory]
    [InlineData("Imp: mech LBP. Plan: HVT L3/4, prone press-ups x8 three times daily.")]
    [InlineData("Tx: MWM lat elbow x3 sets. Home: self-MWM with belt TDS.")]
    [InlineData("Self-SNAG for rotation with towel, x6 each side twice a day.")]
    [InlineData("PRN morphine 2.5 mg administered 14:30, pain 8 → 4.")]
    [InlineData("Entonox given for the dressing change.")]
    public void ShorthandTreatmentWithNoView_FiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He chose the self-SNAG over manipulation after we went through both. Home: self-SNAG x6 twice daily.")]
    [InlineData("She asked for paracetamol rather than the stronger one; paracetamol 1g given.")]
    public void ShorthandTreatmentThePatientChose_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She cried every time we turned her overnight.")]
    [InlineData("Mr B cried out and wept as we hoisted him into the chair.")]
    [InlineData("Tears on transfer from bed to commode, pain 8/10.")]
    [InlineData("Crying during repositioning x2 overnight.")]
    public void TearsOnCareHandling_FireSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She cried every time we turned her overnight.")]
    [InlineData("He wept during the slide-sheet transfer.")]
    [InlineData("Cried when rolled for the wash this morning.")]
    public void TearsOnCareHandling_DoNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She cried talking about her husband's funeral while we sat by the bed.")]
    [InlineData("He wept about losing the farm, not about the pain.")]
    public void TearsWhileTalking_StillFireAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He rolled his eyes at the relaxation audio and said it would never work.")]
    public void EyeRollWithCareWordsNearby_StillFiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }
}
