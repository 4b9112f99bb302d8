using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Doubt written in shorthand about a diagnosis, a finding or a scan is the clinician's reasoning, not the patient's
/// doubt about the work; a colleague's stance at a meeting is not a strain with the patient.
/// </summary>
public sealed class ClinicalReasoningDoubtTests
{
    [Theory]
    [InlineData("Unconvinced the arm pain is radicular; neuro exam clear.")]
    [InlineData("Not convinced the hip is the main driver. Reassess the lumbar spine next visit.")]
    [InlineData("Sceptical of the ultrasound report given the full strength today.")]
    [InlineData("Questioned whether the numbness is coming from the elbow or the wrist.")]
    public void ShorthandDoubtAboutADiagnosisOrFinding_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Unconvinced the exercises will ever help her.")]
    [InlineData("He is sceptical that physio can do anything for him.")]
    public void PatientsDoubtAboutTheWork_StillFiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Case meeting: the consultant disagreed with a further injection and argued for a pain programme.")]
    [InlineData("Abrupt change in the night pain; same-day GP review arranged.")]
    public void ColleaguesStanceOrASuddenChange_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void ClinicianNamedAsMistreatingThePatient_StillFiresRupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("She says the consultant was dismissive and never explained the scan."));
    }
}
