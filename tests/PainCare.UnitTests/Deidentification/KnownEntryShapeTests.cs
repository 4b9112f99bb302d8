namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// A record's entries as clinics store them (a relation in brackets, a label, a title, surname first), and known
/// names, addresses and postcodes written in lower case.
/// </summary>
public sealed class KnownEntryShapeTests
{
    [Theory]
    [InlineData("Tom Morgan (husband)")]
    [InlineData("NOK: Tom Morgan")]
    [InlineData("Tom Morgan, husband")]
    [InlineData("husband Tom Morgan")]
    public void ARelationNotedOnAnEntry_IsNotReplacedButTheNameIs(string entry)
    {
        var result = Scrub.Run("Tom rang: her husband says she slept badly.", entry);

        Scrub.Gone(result, "Tom");
        Scrub.Kept(result, "her husband says");
    }

    [Fact]
    public void ATitleAndARoleOnAnEntry_StayWordsInTheText()
    {
        var result = Scrub.Run("Dr Park wrote to the GP; Helen is away.", "Dr Helen Park (GP)");

        Scrub.Gone(result, "Park", "Helen");
        Scrub.Kept(result, "Dr ", "the GP");
    }

    [Fact]
    public void ASurnameWrittenFirst_IsTheSamePerson() =>
        Scrub.Gone(Scrub.Run("Mr Okoro came with his son; Obi drove.", "OKORO, Obinna"), "Okoro");

    [Fact]
    public void AKnownNameThatIsAWord_CountsInLowerCaseBesideItsSurname()
    {
        var result = Scrub.Run("text from will baxter: stuck in traffic, will try the bike.", "Will Baxter");

        Scrub.Gone(result, "will baxter");
        Scrub.Kept(result, "will try the bike");
    }

    [Fact]
    public void AnEverydayWordOfAKnownAddress_IsReplacedInLowerCaseToo() =>
        Scrub.Gone(Scrub.Run("Lives at the copper beech row flats.", "Flat 2, Copper Beech Row, Galway"), "copper beech");

    [Theory]
    [InlineData("Post goes to tq9 5bp now.", "tq9 5bp")]
    [InlineData("new address m14 7qj from monday", "m14 7qj")]
    public void AWholeUkPostcodeInLowerCase_IsReplaced(string text, string code) => Scrub.Gone(Scrub.Run(text), code);

    [Fact]
    public void AnOrdinalAfterASpinalLevel_IsNotAPostcode() => Scrub.Kept(Scrub.Run("tender over s1 2nd sacral foramen"), "s1 2nd");

    [Fact]
    public void AShortFormThatIsAWord_IsReadAsTheKnownPersonNotAThing()
    {
        var result = Scrub.Run("We waited for Dot at the desk, then walked.", "Dorothy Vance");

        Assert.Equal("name", Scrub.CategoryOf(result, "Dot"));
    }

    [Fact]
    public void ASubstitutePlace_IsNeverATownOfTheRecordsAddress()
    {
        // Without the record, these two towns are the substitutes this sentence draws; with it, neither may be drawn.
        foreach (var town in new[] { "Savannah", "Perth" })
        {
            var result = Scrub.Run("She lives in Parramatta and works in Geelong.", $"4 Mill Lane, {town}");

            Scrub.Gone(result, town);
        }
    }
}
