using PainCare.Deidentification;

namespace PainCare.UnitTests.Deidentification;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("12345")]
    [InlineData("'s ’ - / . , ; : ( ) @ # 1/2/3/4/5")]
    [InlineData("ÀÉÎÕÜ ąęłńśźż 日本語 العربية 🙂 Dr. Mr. Mrs. RE: FAO")]
    [InlineData("Dr")]
    [InlineData("the 31st")]
    [InlineData("31/02/2024 and 29/02/2023 are not dates")]
    public void OddInput_DoesNotThrow_AndOffsetsStayInRange(string text)
    {
        var result = new Deidentifier().Deidentify(text, "", "   ", "Kay", "12 ,", "1970-01-01");

        Assert.All(result.Replacements, r => Assert.Equal(r.Original, text[r.Start..r.End]));
        Assert.All(result.Review, r => Assert.InRange(r.End, r.Start, text.Length));
    }

    [Fact]
    public void LoneKnownGivenName_IsReplacedAsAGivenName()
    {
        var result = Scrub.Run("Kay rang. Kay's pain eased.", "Kay");

        Scrub.Gone(result, "Kay");
        Assert.Contains(result.Replacements[0].Surrogate, SurrogateNames(), StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> SurrogateNames() =>
        PainCare.Deidentification.Surrogates.SurrogatePools.Female.Concat(PainCare.Deidentification.Surrogates.SurrogatePools.Male);
}
