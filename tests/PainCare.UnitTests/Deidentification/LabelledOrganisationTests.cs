namespace PainCare.UnitTests.Deidentification;

/// <summary>Organisations named by a form's label, by "ex-", by a practice's name, and numbers after an extension or registration label.</summary>
public sealed class LabelledOrganisationTests
{
    [Theory]
    [InlineData("Employer (casual): Harbourside Freight\nGP: to confirm", "Harbourside Freight")]
    [InlineData("Mobile: 021 555 0192   Insurer: Pohara Mutual, policy pending", "Pohara Mutual")]
    [InlineData("Employer: Department of Conservation", "Department of Conservation")]
    public void AValueAfterAnEmployerOrInsurerLabel_IsReplaced(string text, string organisation) =>
        Scrub.Gone(Scrub.Run(text), organisation);

    [Theory]
    [InlineData("Employer: none at present")]
    [InlineData("Employer: Retired since 2019")]
    public void AnEmptyLabelValue_IsKept(string text) => Assert.Empty(Scrub.Run(text).Replacements);

    [Fact]
    public void AFormerEmployerJoinedToEx_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Her brother (ex-Kahurangi, now a courier) drives her in."), "Kahurangi");

    [Fact]
    public void APracticeName_IsReplaced_AndItsKindOfPracticeKept()
    {
        var result = Scrub.Run("Referred on to Ferndene Physical Therapy and to Tarras Street Physiotherapy.");

        Scrub.Gone(result, "Ferndene", "Tarras");
        Scrub.Kept(result, "Physical Therapy", "Physiotherapy");
    }

    [Fact]
    public void AServiceBeforePhysiotherapy_IsKept() =>
        Scrub.Kept(Scrub.Run("Referred to Pelvic Physiotherapy and Cardiac Physiotherapy at the same site."), "Pelvic Physiotherapy", "Cardiac Physiotherapy");

    [Theory]
    [InlineData("Ring the ward clerk (ext. 5521) to book.", "5521")]
    [InlineData("Signed, physiotherapist, Reg. 40417.", "40417")]
    public void ANumberAfterAnExtensionOrRegistrationLabel_IsReplaced(string text, string number) => Scrub.Gone(Scrub.Run(text), number);

    [Fact]
    public void AnAgencyOrCharityNamedInEverydayWords_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Citizens Advice sorted the forms; a benefit from Work and Income started in June."), "Citizens Advice", "Work and Income");

    [Theory]
    [InlineData("Mind the step by the back door.", "Mind the step")]
    [InlineData("Alone at home most afternoons.", "Alone at home")]
    public void ACharityNameUsedAsAnEverydayWord_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Fact]
    public void APhoneNumberReadOutInWords_IsReplacedByOtherDigitWords()
    {
        var result = Scrub.Run("Best to ring her mobile, oh two seven, four four one, eight three six two, after five.");

        Assert.DoesNotContain("oh two seven, four four one, eight three six two", result.Text, StringComparison.Ordinal);
        var phone = Assert.Single(result.Replacements, r => r.Category == "contact");
        Assert.Matches(@"^(?:(?:oh|one|two|three|four|five|six|seven|eight|nine)[ ,]*)+$", phone.Surrogate);
    }

    [Fact]
    public void CountingAloudInAnExercise_IsKept() =>
        Scrub.Kept(Scrub.Run("Hold and count one, two, three, four, five, six, seven, then rest."), "one, two, three, four, five, six, seven");
}
