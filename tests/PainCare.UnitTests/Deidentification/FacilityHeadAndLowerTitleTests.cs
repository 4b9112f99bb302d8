namespace PainCare.UnitTests.Deidentification;

/// <summary>Insurers, suppliers, orchestras, lodges, theatres and towers by their last word, and names typed in lower case after a title or found elsewhere.</summary>
public sealed class FacilityHeadAndLowerTitleTests
{
    [Theory]
    [InlineData("Claim lodged with Granite Mutual last month.", "Granite Mutual")]
    [InlineData("Drove for Hollow Creek Poultry Supplies until the injury.", "Hollow Creek Poultry Supplies")]
    [InlineData("Second violin with the Westvale Philharmonic since 2019.", "Westvale Philharmonic")]
    [InlineData("Moved into Kinloch Lodge after the fall.", "Kinloch Lodge")]
    [InlineData("Rehearses at the Brackley Theatre most evenings.", "Brackley Theatre")]
    [InlineData("Office on level 9 of Ormsby Tower.", "Ormsby Tower")]
    public void AnOrganisationOrPlaceNamedByItsLastWord_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("referred by dr kowalski last week", "kowalski")]
    [InlineData("gp is dr j. o'brady at the health centre", "o'brady")]
    public void ASurnameAfterALowerCaseTitle_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Fact]
    public void ShorthandAfterALowerCaseTitle_IsKept() => Scrub.Kept(Scrub.Run("dr appt next week, then back to gym"), "dr appt");

    [Fact]
    public void ANameFoundOnce_IsAlsoReplacedWhereItIsTypedInLowerCase() =>
        Scrub.Gone(Scrub.Run("Client: Oighrig Kinnear, 52.\n[text 09:10] hi its oighrig, running late"), "Oighrig");

    [Fact]
    public void AnEverydayWordThatIsAlsoANameFoundOnce_IsKeptInLowerCase() =>
        Scrub.Kept(Scrub.Run("Seen with her son Will. She will bring the splint next time."), "will bring");

    [Theory]
    [InlineData("Splint made at Brackenholt Hand Therapy on Monday.", "Brackenholt")]
    [InlineData("Referred on to Ferncastle Occupational Therapy.", "Ferncastle")]
    public void APracticeNamedForAKindOfTherapy_LosesItsName(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Fact]
    public void AServiceNamedForAKindOfTherapy_IsKept() =>
        Scrub.Kept(Scrub.Run("Paediatric Hand Therapy will see her next."), "Paediatric Hand Therapy");
}
