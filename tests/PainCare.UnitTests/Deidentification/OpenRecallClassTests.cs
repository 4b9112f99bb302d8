namespace PainCare.UnitTests.Deidentification;

/// <summary>Identifier forms the spec names that earlier rounds left open: ages, labelled codes, country-named people, employers.</summary>
public sealed class OpenRecallClassTests
{
    [Theory]
    [InlineData("He's 36, works as a glazier.", "36")]
    [InlineData("She is seventy-two and still gardens.", "seventy-two")]
    [InlineData("At 51, she had her first episode.", "51")]
    public void ExactAgeInAnotherForm_IsGeneralised(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Theory]
    [InlineData("At 7, she wakes and takes the first dose.")]
    [InlineData("The pain is seven out of ten today.")]
    [InlineData("He's 6 foot and broad across the shoulders.")]
    public void ClockTimeOrScore_IsKept(string text) => Assert.Equal(text, Scrub.Run(text).Text);

    [Theory]
    [InlineData("Postcode: 2913 on the referral.", "2913")]
    [InlineData("ZIP 60614 was on the letter.", "60614")]
    public void LabelledPostcode_IsReplaced(string text, string code) => Scrub.Gone(Scrub.Run(text), code);

    [Theory]
    [InlineData("Jordan rang to say the pain was worse.", "Jordan")]
    [InlineData("Her husband Jordan worries about the stairs.", "Jordan")]
    [InlineData("Georgia describes the ache as deep.", "Georgia")]
    [InlineData("Jordan's dad drives. Jordan describes the ache as deep.", "Jordan")]
    public void CountryThatIsAGivenName_ReadAsAPerson_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Fact]
    public void CountryAsAPlace_IsKept() => Scrub.Kept(Scrub.Run("They lived in Jordan for two years before moving."), "Jordan");

    [Theory]
    [InlineData("Thornbury cut her shifts again this month.", "Thornbury")]
    [InlineData("Kestrelton changed the roster without asking him.", "Kestrelton")]
    [InlineData("Amberwick rang about her shifts.", "Amberwick")]
    public void SmallEmployerWithNoTradeWord_IsReplaced(string text, string employer) => Scrub.Gone(Scrub.Run(text), employer);

    [Theory]
    [InlineData("Swimming changed how she saw her body.")]
    [InlineData("Pacing helped her manage the shifts at work.")]
    public void EverydayWordOpeningASentenceNearWorkWords_IsKept(string text) => Assert.Equal(text, Scrub.Run(text).Text);

    [Theory]
    [InlineData("Dougal Fennimore came with his daughter.", "Fennimore")]
    [InlineData("Faith rang to rebook.", "Faith")]
    [InlineData("Seen again on March 14th for review.", "March 14th")]
    [InlineData("On her birthday, the 3rd, she cried.", "3rd")]
    [InlineData("Vehicle registration WXR 482 was in the notes.", "WXR 482")]
    [InlineData("Driver licence number 04719832 was copied in.", "04719832")]
    [InlineData("Insurance policy number 55120938 was quoted.", "55120938")]
    [InlineData("She is 93 and lives alone.", "93")]
    public void SpecNamedForm_IsReplaced(string text, string identifier) => Scrub.Gone(Scrub.Run(text), identifier);
}
