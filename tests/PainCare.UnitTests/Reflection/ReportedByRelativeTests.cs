using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>A pronoun opening what a relative reports refers to that relative when gender agrees.</summary>
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
    public void APronounOfTheOtherGender_StaysThePatient()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Her dad says she is furious about missing the season."));
    }
}
