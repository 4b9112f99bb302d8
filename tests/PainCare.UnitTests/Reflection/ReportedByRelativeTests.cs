using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A pronoun opening what a relative reports refers to that relative when gender agrees; when it does not, it is the
/// patient's feeling told second-hand, which the clinician did not meet either.
/// </summary>
public sealed class ReportedByRelativeTests
{
    [Theory]
    [InlineData("His father says he's given up on the health board entirely.")]
    [InlineData("Her mum said that she was furious with the last surgeon.")]
    public void ThePronounInARelativesReport_IsTheRelative(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void APronounOfTheOtherGender_IsThePatientToldSecondHand()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("Her dad says she is furious at being dropped from the team."));
    }
}
