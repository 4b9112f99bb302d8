namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Notes typed all in capitals or with no capitals at all: names, places and institutions are still found, clinical
/// words stay, and each surrogate takes the case of the text it replaces.
/// </summary>
public sealed class CaseRestorationTests
{
    [Fact]
    public void ALineInCapitals_LosesItsNamesAndInstitution_AndKeepsItsClinicalWords()
    {
        var result = Scrub.Run("REFERRED BY DR TAMATI HOROMONA AT WAIRAU HOSPITAL FOR ROTATOR CUFF REHAB AFTER FALL.");

        Scrub.Gone(result, "TAMATI", "HOROMONA", "WAIRAU");
        Scrub.Kept(result, "ROTATOR CUFF REHAB AFTER FALL");
        Assert.All(result.Replacements.Where(r => r.Surrogate.Any(char.IsLetter)), r => Assert.Equal(r.Surrogate.ToUpperInvariant(), r.Surrogate));
    }

    [Fact]
    public void AnApostropheSurnameInCapitals_IsReplaced() =>
        Scrub.Gone(Scrub.Run("FOLLOW-UP BOOKED WITH MR O'FLAHERTY, ORTHOPAEDICS, NEXT MONTH."), "O'FLAHERTY");

    [Fact]
    public void AMessageTypedWithoutCapitals_LosesNamesAndInstitutions_InLowerCase()
    {
        var result = Scrub.Run(
            "hi its me again, back is no better since the weekend. my gp dr nwachukwu at te puna health centre says keep moving. " +
            "my husband ihaia can drive me in on friday if thats ok, or i can get the bus from nawton.");

        Scrub.Gone(result, "nwachukwu", "ihaia", "nawton");
        Assert.DoesNotContain("te puna health centre", result.Text, StringComparison.Ordinal);
        Assert.All(result.Replacements.Where(r => r.Surrogate.Any(char.IsLetter)), r => Assert.Equal(r.Surrogate.ToLowerInvariant(), r.Surrogate));
    }

    [Theory]
    [InlineData("Home visit to 14 kereru crescent, ngaruawahia, on the usual day.", "kereru", "ngaruawahia")]
    [InlineData("Address on file: 2207 34th ave sw, apartment on the ground floor.", "2207", "34th")]
    [InlineData("He rents a flat on tamihana st above the bakery.", "tamihana", null)]
    public void AStreetTypedInLowerCase_IsReplaced(string text, string street, string? town)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, street);
        if (town is not null)
        {
            Scrub.Gone(result, town);
        }
    }

    [Theory]
    [InlineData("Walked 3 km along the coast road most days.", "coast road")]
    [InlineData("Did 10 reps each way before the stairs.", "each way")]
    [InlineData("Managed 2 flights up the hill without a rest.", "up the hill")]
    public void ANumberCountingSomethingElse_BeforeAStreetWord_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Fact]
    public void AMonthInLowerCaseBesideAFigure_IsADate() =>
        Scrub.Gone(Scrub.Run("Slipped on the ice on 23rd jan and has not driven since."), "23rd jan");

    [Fact]
    public void WordsAfterATitleInCapitals_AreAName_EvenWhenTheyAreWords()
    {
        var result = Scrub.Run("GP: DR KATE LONG, MANGAWHAI MEDICAL CENTRE, PHONE ON FILE. REVIEW WITH HER IN SIX WEEKS.");

        Scrub.Gone(result, "KATE", "LONG", "MANGAWHAI");
    }

    [Fact]
    public void APersonFieldInCapitals_IsAName_AndAPlanFieldIsNot()
    {
        var result = Scrub.Run("PLAN: SCAPULAR SETTING, GRADED LOADING, REVIEW 4/52.\nSIGNED BY: ROSA HEPBURN-TUI, PHYSIOTHERAPIST");

        Scrub.Gone(result, "ROSA", "HEPBURN-TUI");
        Scrub.Kept(result, "SCAPULAR SETTING, GRADED LOADING");
    }

    [Fact]
    public void ANamedHospitalBeforeAService_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Seen by Sam at Kirkton Hospital hand therapy on the ground floor."), "Kirkton");

    [Fact]
    public void AListedGivenNameThatIsAWord_InACapitalsPersonField_IsReplacedWithItsSurname() =>
        Scrub.Gone(Scrub.Run("PLAN: HOME PROGRAMME, REVIEW IN 2/52.\nSIGNED BY: ROSE BAKER, PHYSIOTHERAPIST"), "ROSE", "BAKER");

    [Fact]
    public void AChainTypedInLowerCaseAfterAPlaceWord_IsReplaced()
    {
        var result = Scrub.Run("hey its me, ran late at bunnings after my shift so might miss the start, knee is a bit better this week and the stretches help");

        Assert.DoesNotContain("bunnings", result.Text, StringComparison.Ordinal);
        Scrub.Kept(result, "knee is a bit better");
    }
}
