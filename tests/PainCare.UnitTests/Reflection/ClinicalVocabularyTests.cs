using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Everyday clinical words that look like cues but are not: each must stay silent.</summary>
public sealed class ClinicalVocabularyTests
{
    [Theory]
    [InlineData("Frozen shoulder L, ER 20 degrees.")]
    [InlineData("Wearing a knee brace for netball.")]
    [InlineData("Grip 22 kg R vs 40 kg L.")]
    [InlineData("Jaw clenching at night, worse with stress.")]
    [InlineData("Soft tissue release to the upper traps.")]
    public void BodyFindings_AreNotSafetyCues(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Presenting complaint: night pain in the right hip.")]
    [InlineData("He is checking his symptoms against last week's diary.")]
    public void ClinicalPhrases_AreNotRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("CRPS R foot with neglect-like symptoms.")]
    [InlineData("Pain died down after the heat pack.")]
    [InlineData("He plans to go back to coaching in the fall.")]
    [InlineData("Reports panic attacks since the injury.")]
    public void ClinicalPhrases_AreNotTrauma(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Lateral shift to the left in standing. Reviewed by the pain team.")]
    [InlineData("Child's pose was uncomfortable; cat-camel fine.")]
    public void ClinicalPhrases_AreNotThePersonsLife(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Increased tone in the hamstrings. SLR 60 degrees.")]
    [InlineData("Single-leg stance eyes closed 8 s. Romberg negative.")]
    public void ExamFindings_AreNotMinuteParticulars(string text)
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Less reliant on pain medication than last month; knee flexion 110.")]
    [InlineData("Six weeks since surgery; wound healed.")]
    [InlineData("She continues to struggle on stairs.")]
    public void HistoryOfTreatment_IsNotADecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }
}
