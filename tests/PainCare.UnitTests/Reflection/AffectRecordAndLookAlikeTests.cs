using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A feeling word that is a diagnosis on a history list, a questionnaire's subscale, a clinical term (organ failure, a
/// shattered bone, a drained effusion) or someone else's in the room does not record the patient's feeling today.
/// </summary>
public sealed class AffectRecordAndLookAlikeTests
{
    [Theory]
    [InlineData("Past medical history: asthma, depression, anxiety. Right hip pain for six months.")]
    [InlineData("HADS anxiety 5 and depression 3 today.")]
    [InlineData("Background of low mood, on sertraline for two years. Ankle reviewed.")]
    public void FeelingAsDiagnosisOrScore_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Known renal failure, so no NSAIDs.")]
    [InlineData("Shattered heel after a fall from scaffolding in 2018.")]
    [InlineData("He wrecked his shoulder in a rugby scrum at nineteen.")]
    [InlineData("Knee effusion was drained in clinic on Monday.")]
    [InlineData("She gave up smoking in the spring and feels fitter.")]
    [InlineData("No point tenderness over the lateral epicondyle.")]
    [InlineData("Skin irritated under the kinesio tape; removed.")]
    [InlineData("Carers arranged a panic button for the nights.")]
    [InlineData("Exhausted after the step class, so we finished with breathing.")]
    [InlineData("He said his left hand is useless for buttons.")]
    [InlineData("Her emotional support comes mostly from her sister.")]
    public void ClinicalOrEverydayLookAlike_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void InterpretersFeeling_IsNotThePatients()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("The interpreter seemed upset by the story and needed a pause."));
    }

    [Fact]
    public void ParticipantNamedInAGroupNote_IsThePatient()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Participant 2 was tearful as she described her nights with the pain."));
    }

    [Theory]
    [InlineData("She says she has given up on the idea of a cure.")]
    [InlineData("He feels like giving up on the whole programme.")]
    [InlineData("She is anxious about going back to the warehouse.")]
    public void PatientsFeelingToday_StillFiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }
}
