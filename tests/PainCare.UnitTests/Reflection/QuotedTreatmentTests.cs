using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A treatment named in the patient's own quoted words is their view of it (asking for it, doubting it, refusing
/// it), so `shared-decision` does not fire on it; the same treatment named only by the clinician still does.
/// </summary>
public sealed class QuotedTreatmentTests
{
    [Theory]
    [InlineData("'Can we try the bike instead of the walking?' she asked, so we did 10 minutes.")]
    [InlineData("'Not the stretches again,' he said. Stretches continued.")]
    [InlineData("'I reckon the injection is worth a go,' he said. Booked for Tuesday.")]
    public void TreatmentInThePatientsQuotedWords_CountsAsTheirView(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Said 'sure, whatever' when I handed over the exercise sheet.")]
    [InlineData("Stretches continued, 3x30s. Review 2/52.")]
    [InlineData("I said, 'We'll add the injection if the stretches don't help.'")]
    public void TreatmentNamedOnlyByTheClinician_StillFiresSharedDecision(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }
}
