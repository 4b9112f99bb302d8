using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>A "she" or "he" opening a sentence continues the previous sentence's relative when the gender agrees.</summary>
public sealed class PronounChainTests
{
    [Theory]
    [InlineData("His wife came in with him for the first half. She was close to tears about the cost of the scans.")]
    [InlineData("Her brother drove her in. He was livid about the parking.")]
    [InlineData("His daughter came along to the appointment. She looked exhausted. She had been up all night with the baby.")]
    public void AffectOfARelativeInTheNextSentence_IsNotThePatients(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Her husband drove her in. She was close to tears about the cost of the scans.")]
    [InlineData("She talked about her sister. She was close to tears.")]
    [InlineData("Her sister rang during the session. Afterwards she was close to tears.")]
    public void PatientAffectAfterARelativeOfTheOtherGenderOrAsObject_StillFires(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }
}
