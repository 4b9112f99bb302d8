using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// The register of generated summaries and form boxes: "the patient questioned the benefit", "declined to participate",
/// "both the patient and the clinician laughed", "became more open"; a hoped-for meeting written as a plan; adverse
/// childhood experiences named as history, not as a screen that found none.
/// </summary>
public sealed class GeneratedSummaryWordingTests
{
    [Theory]
    [InlineData("Summary: The patient questioned the benefit of continuing with hydrotherapy.")]
    [InlineData("Summary: The patient raised concerns about the competence of the locum physiotherapist.")]
    [InlineData("Session note: Patient declined to participate in the group circuit after the warm-up.")]
    public void GeneratedStrainWording_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Summary: The patient told an anecdote about her grandson, and both the patient and the clinician laughed.")]
    [InlineData("Summary: The patient became more open during the second half of the appointment.")]
    [InlineData("Summary: The patient thanked the team for the clinician's patience with her questions.")]
    public void GeneratedMeetingWording_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Intake: relevant history of adverse childhood experiences, under community mental health.")]
    public void AdverseChildhoodAsHistory_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Intake: screened for adverse childhood experiences (score 0), unremarkable.")]
    public void AScreenForAdversityThatFoundNone_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Clinician reflection: eventually she laughed at the wobble cushion and the room eased.")]
    [InlineData("Clinician reflection: over time he has opened up a great deal about the farm.")]
    public void AMeetingToldInHindsight_StillFiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }
}
