namespace PainCare.UnitTests.Deidentification;

/// <summary>Seasons with a year, paired eponyms, brands before a release-form code and conditions named by a Latin ending.</summary>
public sealed class SeasonAndClinicalShapeTests
{
    [Theory]
    [InlineData("Symptoms began in the winter of 2018 and eased by spring 2021.", "winter of 2018", "spring 2021")]
    [InlineData("Autumn 2024: back at work by then, part time.", "Autumn 2024", "Autumn 2024")]
    public void ASeasonWithItsYear_IsMovedByWholeSeasons(string text, string first, string second)
    {
        var result = Scrub.Run(text);
        Scrub.Gone(result, first, second);
        Assert.Matches(@"(?i)\b(spring|summer|autumn|winter) (of )?(19|20)\d\d\b", result.Text);
    }

    [Fact]
    public void ASeasonOpeningASentence_KeepsItsCapital() =>
        Assert.Matches(@"^(Spring|Summer|Autumn|Winter) \d{4}:", Scrub.Run("Autumn 2024: back at work by then, part time.").Text);

    [Fact]
    public void AFallWithAYearAfterIt_IsAnEventNotASeason() =>
        Scrub.Kept(Scrub.Run("Slipped on ice: a fall 2019 that still worries her."), "a fall 2019");

    [Theory]
    [InlineData("Scored Varga and Tollet stage 2 at the tremor clinic.", "Varga")]
    [InlineData("Graded Orsk & Bellamy grade II on the films.", "Orsk")]
    [InlineData("Stalevo TDS and Madopar HBS nocte for the rigidity.", "Madopar")]
    public void AnEponymPairOrABrandBeforeAReleaseForm_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Theory]
    [InlineData("Myotonia was worse in the cold.", "Myotonia")]
    [InlineData("Dysaesthesia was noted along the shin.", "Dysaesthesia")]
    public void AConditionNamedByItsLatinEnding_IsKeptWhereANameWouldStand(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);
}
