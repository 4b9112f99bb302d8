namespace PainCare.UnitTests.Deidentification;

/// <summary>A short surname in capitals written first after a label, and houses of worship with a lower-case head.</summary>
public sealed class RecordSurnameAndWorshipTests
{
    [Theory]
    [InlineData("Patient: TSE, Bao Chau (Bonnie) | DOB 9 Jan '84", "TSE", "Chau")]
    [InlineData("Re: HO, Wing Yee", "HO", "Wing")]
    public void AShortSurnameInCapitalsBeforeTheGivenNames_IsReplaced(string text, string surname, string given) =>
        Scrub.Gone(Scrub.Run(text), surname, given);

    [Fact]
    public void AClinicalAbbreviationAfterALabel_IsKept() => Scrub.Kept(Scrub.Run("Referrer: GP, Elm Road practice"), "GP");

    [Theory]
    [InlineData("Lifts come from the Sacred Heart church on Sundays.", "Sacred Heart")]
    [InlineData("Anand Bhavan temple runs a lunch club.", "Anand Bhavan")]
    public void AHouseOfWorshipWithALowerCaseHead_IsReplacedAndKeepsItsKind(string text, string name)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, name);
        Assert.Matches("church|temple", result.Text);
    }

    [Theory]
    [InlineData("The Anglican church hall is warm.", "Anglican")]
    [InlineData("Every Sunday church is busy.", "Sunday")]
    public void AFaithOrADayBeforeChurch_IsKept(string text, string word) => Scrub.Kept(Scrub.Run(text), word);

    [Fact]
    public void ANicknameThatIsAWord_AskingSomething_IsAPerson() => Scrub.Gone(Scrub.Run("Dusty asked whether the stretches could be printed."), "Dusty");

    [Fact]
    public void ALowerCaseNameAfterAMessageFrom_IsReplaced() => Scrub.Gone(Scrub.Run("text from dean kowalczyk: stuck at the lights"), "dean", "kowalczyk");

    [Fact]
    public void AnOrdinaryWordAfterAMessageFrom_IsKept() => Scrub.Kept(Scrub.Run("message from the pharmacy about scripts"), "the pharmacy");

    [Theory]
    [InlineData("Night guard for G4S since May.", "G4S")]
    [InlineData("She works at 3M on the line.", "3M")]
    [InlineData("Nights at 7-Eleven most weeks.", "Eleven")]
    public void AListedEmployerWithFiguresInItsName_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);
}
