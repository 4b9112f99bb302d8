namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Identifier forms from the fifth round (ADR 0430's tuning sets): a postcode's district alone, names after religious
/// titles and capitalised relationship words, day-only and day/month dates, and named health systems.
/// </summary>
public sealed class PostcodeDistrictTitleAndDayTests
{
    [Theory]
    [InlineData("She walks the dog along Ferndale Road, SE4, every morning.", "SE4", "12 Ferndale Road, Brockley, London SE4 1QX")]
    [InlineData("He grew up in Tanfield and still lives in LS6.", "LS6", "3 Otley Road, Leeds LS6 3AA")]
    public void TheRecordsPostcodeDistrict_WrittenAlone_IsReplaced(string text, string district, string address) =>
        Scrub.Gone(Scrub.Run(text, "Ann Hale", address), district);

    [Theory]
    [InlineData("Lives just off Quarry Lane, DN4, with her sister.", "DN4")]
    [InlineData("Moved from Hove, BN3 in the spring.", "BN3")]
    public void APostcodeDistrict_AfterAStreetOrAPlace_IsReplacedWithoutTheRecord(string text, string district) =>
        Scrub.Gone(Scrub.Run(text), district);

    [Theory]
    [InlineData("Tender at L4, L5 and S1 on palpation.", "L4", "L5", "S1")]
    [InlineData("Vitamin B12 low; reviewed at the clinic, T4 syndrome queried.", "B12", "T4")]
    public void SpinalLevelsAndVitamins_ArePostcodeShapedButKept(string text, params string[] terms) =>
        Scrub.Kept(Scrub.Run(text, "Leo Marsh", "9 Station Road, Liverpool L4 0TH"), terms);

    [Theory]
    [InlineData("Pastor Femi led the prayer group she attends.", "Femi")]
    [InlineData("Imam Yusuf visited the ward.", "Yusuf")]
    [InlineData("Brother-in-law Tavita interpreted for us.", "Tavita")]
    [InlineData("Her mother-in-law Zanele minds the children.", "Zanele")]
    public void ANameAfterAReligiousTitleOrARelationship_IsReplaced_AndTheTitleKept(string text, string name)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, name);
        Assert.Equal(text.Split(' ')[0], result.Text.Split(' ')[0]);
    }

    [Fact]
    public void ASentenceOpeningAuxiliary_IsNotReadAsAName() =>
        Scrub.Kept(Scrub.Run("Has lived in the same flat for years. Was anxious about the stairs."), "Has lived", "Was anxious");

    [Theory]
    [InlineData("Reviewed on the 9th following the flare.", "9th")]
    [InlineData("Seen Tues 14/8 in the gym.", "14/8")]
    public void ADayOnlyOrDayMonthDate_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Theory]
    [InlineData("Pain went from 7/10 to 4/10 over the session.", "7/10", "4/10")]
    [InlineData("Walked to the 2nd floor gym; by the 3rd session she was calmer.", "2nd floor", "3rd session")]
    public void PainScoresAndOrdinalCounts_AreKept(string text, params string[] terms) => Scrub.Kept(Scrub.Run(text), terms);

    [Fact]
    public void ANamedHealthSystem_IsAnOrganisation_NotAClinicalTerm() =>
        Scrub.Gone(Scrub.Run("Referred from the Mary Talbot Health System last spring."), "Mary Talbot Health System");

    [Fact]
    public void AnAddressWordThatIsAlsoANoun_InLowerCase_IsTheNoun_WhileTheCapitalisedStreetIsReplaced()
    {
        var result = Scrub.Run("She walks round the lake each evening and hates the hill on Lake Terrace.", "Ruth Oakes", "3 Lake Terrace, Taupō 3330");

        Scrub.Kept(result, "round the lake each", "hates the hill on");
        Assert.DoesNotContain("Lake Terrace", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWeekdayBesideADayMonthDate_GoesWithIt_SoTheShiftedDateIsNotContradicted()
    {
        var result = Scrub.Run("Seen Tues 14/8 in the gym.");

        Scrub.Gone(result, "14/8", "Tues");
        Assert.StartsWith("Seen ", result.Text, StringComparison.Ordinal);
        Assert.EndsWith(" in the gym.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAgeInWords_AfterABracketedDateOfBirth_IsGeneralised_ButAScoreAfterABracketIsKept()
    {
        Scrub.Gone(Scrub.Run("Rhodri Evans (DOB 2.3.1961) sixty-three, retired bus driver."), "sixty-three");
        Scrub.Kept(Scrub.Run("Rhodri said his pain (NRS) seven, down from nine."), "seven, down from nine");
    }
}
