namespace PainCare.UnitTests.Deidentification;

/// <summary>A lone name signing a message, numbers after a hash, a condition's charity named for its country, letter nicknames.</summary>
public sealed class SignOffHashAndCharityTests
{
    [Fact]
    public void ALoneNameClosingAMessage_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Your review is moved to Friday at 2. Reply Y to confirm. Ysolde\n[Tue] ok thanks"), "Ysolde");

    [Fact]
    public void AnEverydayWordClosingALine_IsKept() => Scrub.Kept(Scrub.Run("We agreed on the plan. Thanks\nSee you next week."), "Thanks");

    [Theory]
    [InlineData("Wears shirt #43 for the under-16s.", "#43")]
    [InlineData("Raffle ticket #2081 was hers.", "#2081")]
    public void ANumberAfterAHash_IsReplaced(string text, string number) => Scrub.Gone(Scrub.Run(text), number);

    [Fact]
    public void AConditionsCharityNamedForItsCountry_IsReplaced() =>
        Scrub.Gone(Scrub.Run("She found a walking group through Lupus Aotearoa last year."), "Lupus Aotearoa");

    [Fact]
    public void ALetterNicknameBetweenNames_IsReplaced() => Scrub.Gone(Scrub.Run("Seen with Ysolde 'J' Brackenridge at home."), "J");

    [Theory]
    [InlineData("Address: Flat 9, Tarrow Hse, SE14. Seen at home.", "SE14")]
    [InlineData("Lives at 4 Birch Cl, LE6. Works nights.", "LE6")]
    public void APostcodeDistrictAfterAnAbbreviatedStreetOrHouse_IsReplaced(string text, string code) => Scrub.Gone(Scrub.Run(text), code);

    [Fact]
    public void ATwoLetterShortNameBeforeATeam_IsReplaced() => Scrub.Gone(Scrub.Run("She plays for the TH netball team."), "TH");
}
