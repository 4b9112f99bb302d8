namespace PainCare.UnitTests.Deidentification;

/// <summary>Exact ages in every written form go (generalised to a band); approximate ages stay.</summary>
public sealed class ExactAgeTests
{
    [Theory]
    [InlineData("Wendell Brightside, 58, attended with his wife.", "58")]
    [InlineData("Her son Caspian (17) drives her to clinic.", "17")]
    [InlineData("Ottoline Grebe (44, she/her) was reviewed.", "44")]
    [InlineData("Hamish Vorley (\"Ham\"), 61, is a retired joiner.", "61")]
    [InlineData("Ingrid Salo is 39 and works nights.", "39")]
    [InlineData("She turns 52 next month.", "52")]
    [InlineData("Aged 47, she began to lose sleep.", "47")]
    [InlineData("aged forty-seven at the time.", "forty-seven")]
    [InlineData("She turned forty-eight in spring.", "forty-eight")]
    [InlineData("A 47yo woman with neck pain.", "47yo")]
    [InlineData("A 47 y/o woman with neck pain.", "47 y/o")]
    [InlineData("a 47-year-old woman", "47-year-old")]
    [InlineData("She first had surgery at the age of 33.", "33")]
    [InlineData("He is 62 years of age.", "62")]
    [InlineData("on her 50th birthday", "50th")]
    public void ExactAge_IsGeneralised(string text, string age)
    {
        Scrub.Gone(Scrub.Run(text), age);
    }

    [Fact]
    public void ApproximateAgeAndScores_AreKept()
    {
        var result = Scrub.Run("She is in her late forties. Pain is 7/10 and PHQ-9 (12) is unchanged.");
        Scrub.Kept(result, "in her late forties", "7/10", "PHQ-9 (12)");
    }
}
