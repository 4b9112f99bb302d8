namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Words no English vocabulary holds: a name opening a sentence, a name inside a title-case run, and a town typed in
/// lower case; and the everyday, clinical and abbreviated words that must stay.
/// </summary>
public sealed class UnknownWordTests
{
    [Theory]
    [InlineData("Mihiata has missed two sessions because of the buses.", "Mihiata")]
    [InlineData("Ihaia was slower on the stairs this week.", "Ihaia")]
    [InlineData("Adeyinka still walks the dog each morning.", "Adeyinka")]
    [InlineData("Waimarie's nephew drove her in.", "Waimarie")]
    public void AnUnknownWordOpeningASentenceAsAPerson_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("Vertebroplasty was done in spring.", "Vertebroplasty")]
    [InlineData("Milnacipran has helped a little at night.", "Milnacipran")]
    [InlineData("Tendinitis was ruled out.", "Tendinitis")]
    [InlineData("LFTs and an ESR were ordered.", "LFTs")]
    [InlineData("Physio was cancelled by the clinic.", "Physio")]
    public void AClinicalWordOrAbbreviationOpeningASentence_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void ATitleCaseRunWithAnUnknownWord_LosesOnlyThatWord()
    {
        var result = Scrub.Run("She flew home through Whenuapai Airport last month.");

        Scrub.Gone(result, "Whenuapai");
        Scrub.Kept(result, "Airport");
    }

    [Fact]
    public void TwoUnknownWordsInARun_AreBothReplaced() =>
        Scrub.Gone(Scrub.Run("The letter was copied to Taufahema Lolohea at the union."), "Taufahema", "Lolohea");

    [Fact]
    public void AStreetAbbreviation_StaysWithItsStreet()
    {
        var result = Scrub.Run("They moved to 88 Ruapehu Ave, near the school.");

        Scrub.Gone(result, "Ruapehu");
        Scrub.Kept(result, " Ave,");
    }

    [Theory]
    [InlineData("lives in waipukurau with her sister now", "waipukurau")]
    [InlineData("he drove down from kawerau for the appointment", "kawerau")]
    [InlineData("grew up in tokoroa and left at sixteen", "tokoroa")]
    public void ATownTypedInLowerCaseAfterAVerbOfLivingOrTravel_IsReplacedInLowerCase(string text, string town)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, town);
        var replacement = Assert.Single(result.Replacements, r => r.Original == town);
        Assert.Equal(replacement.Surrogate.ToLowerInvariant(), replacement.Surrogate);
    }

    [Theory]
    [InlineData("switched to hydromorphone last month", "hydromorphone")]
    [InlineData("went back to hydro on tuesday", "hydro")]
    [InlineData("lives in hope that it settles", "hope")]
    [InlineData("she is back in rehab for the shoulder", "rehab")]
    public void ALowerCaseWordAfterAPlaceWord_ThatIsTreatmentOrEveryday_IsKept(string text, string word) =>
        Scrub.Kept(Scrub.Run(text), word);

    [Fact]
    public void AYearGroupAfterASchool_IsKept()
    {
        var result = Scrub.Run("Attends Kaipara College, Year 12, and plays netball.");

        Scrub.Gone(result, "Kaipara");
        Scrub.Kept(result, "Attends ", "Year 12");
    }
}
