using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Who owns a feeling or a quotation is decided inside its own sentence and by grammar: a relative named in the sentence
/// before does not speak a quotation, "at me" is where a feeling was aimed, and "my arm" after a verb is an object.
/// </summary>
public sealed class AttributionBoundaryTests
{
    [Fact]
    public void QuoteAfterANameFollowingARelativesSentence_IsThePatients()
    {
        const string text = "Brother with her, silent. Lena said 'honestly I feel hopeless about all of it'.";
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void QuoteSpokenByARelativeInTheSameSentence_StaysTheirs()
    {
        const string text = "Her brother said 'honestly I feel hopeless about all of it'.";
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He was furious at me for the wait and barely sat down.")]
    [InlineData("Twice this month she has sobbed on me about the exams.")]
    public void FeelingAimedAtTheClinician_IsThePatients(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("The news about the scan frightened me more than I showed.")]
    [InlineData("Honestly I was a bit shaky myself afterwards.")]
    public void FeelingClaimedByTheClinician_StaysTheClinicians(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void PatientGestureAfterMyHand_IsAParticularOfThePatient()
    {
        const string text = "Walked the ward twice. At the door he took my hand and smiled.";
        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Fact]
    public void MyOpeningTheClinicianClause_KeepsTheCueTheClinicians()
    {
        const string text = "Reviewed the hip. Afterwards my hands were shaking for a good ten minutes.";
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }
}
