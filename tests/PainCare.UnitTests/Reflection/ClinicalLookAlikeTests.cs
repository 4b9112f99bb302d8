using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Clinical phrases that share words with a cue but describe a finding, an exercise or a history.</summary>
public sealed class ClinicalLookAlikeTests
{
    [Theory]
    [InlineData("Sharp stabbing pain in the left groin on resisted flexion.")]
    [InlineData("MRI: two small meniscal tears on the scan, no effusion.")]
    [InlineData("Undisplaced fracture of the fifth metatarsal, now in a boot.")]
    [InlineData("Caught in a boom-bust cycle with the gardening.")]
    [InlineData("Uses a frame indoors and is unsafe on the stairs.")]
    public void FindingOrActivityPattern_DoesNotFireTraumaOrSafety(string text)
    {
        var categories = Reflect.Categories(text);
        Assert.DoesNotContain(Categories.TraumaInformed, categories);
        Assert.DoesNotContain(Categories.SafetyCue, categories);
    }

    [Theory]
    [InlineData("Shaky on single-leg stance, better with eyes open.")]
    [InlineData("Quads trembling with fatigue by the last set.")]
    [InlineData("Restless legs most nights, worse after coffee.")]
    public void BalanceFatigueOrSleepSymptoms_DoNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Ankle DF 10 degrees. Looked at her sleep diary and the step counts together. Plan: continue calf raises.")]
    [InlineData("Knee flexion 110. Amitriptyline paused by the GP. Progressing slower than expected. Plan: continue quads sets.")]
    public void ReviewingRecordsOrProgress_IsNotAParticularOfHowThePatientMoved(string text)
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Fact]
    public void ATimeSpan_IsNotATreatmentDecision()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("Over the course of the week her sitting tolerance improved to 40 minutes."));
    }

    [Theory]
    [InlineData("Picked up the grandchildren from school twice this week. Plan: walking programme 15 minutes daily.")]
    [InlineData("She weighed 82 kg at the GP. Plan: walking programme 15 minutes daily.")]
    public void PickingUpOrBodyWeight_IsNotThePatientsView(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void AskingWhetherThePatientFeelsSafeAtHome_StillFiresTraumaInformed()
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories("I asked whether she feels safe at home; she said only sometimes."));
    }
}
