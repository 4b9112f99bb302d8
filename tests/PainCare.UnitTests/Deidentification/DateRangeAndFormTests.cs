namespace PainCare.UnitTests.Deidentification;

/// <summary>Dates written as ranges with the month once, with a time, with an apostrophed year or a short weekday.</summary>
public sealed class DateRangeAndFormTests
{
    [Theory]
    [InlineData("Inpatient 12-14 Aug after the fall.", "12-14 Aug", @"Inpatient \d{1,2}-\d{1,2} [A-Z][a-z]{2} after")]
    [InlineData("Flared between 3 and 5 March, settled since.", "3 and 5 March", @"between \d{1,2} and \d{1,2} [A-Z][a-z]+,")]
    [InlineData("Away March 3-5 at the coast.", "March 3-5", @"Away [A-Z][a-z]+ \d{1,2}-\d{1,2} at")]
    public void ARangeWithItsMonthOnce_MovesBothDays(string text, string range, string shape)
    {
        var result = Scrub.Run(text);

        Scrub.Gone(result, range);
        Assert.Matches(shape, result.Text);
    }

    [Fact]
    public void AnIsoDateWithATime_IsShiftedAndTheTimeKept() =>
        Assert.Matches(@"^Booked \d{4}-\d{2}-\d{2}T10:00\.$", Scrub.Run("Booked 2024-03-14T10:00.").Text);

    [Fact]
    public void AMonthWithAnApostrophedYear_IsReplaced()
    {
        var result = Scrub.Run("Last flare March '24, none since.");

        Scrub.Gone(result, "March '24");
        Assert.Matches(@"flare [A-Z][a-z]+ '\d{2},", result.Text);
    }

    [Fact]
    public void AShortWeekdayBeforeAnOrdinalDay_IsPartOfTheDate()
    {
        var result = Scrub.Run("Next review Tues 3rd, same time.");

        Scrub.Gone(result, "3rd");
        Scrub.Kept(result, "Next review");
        Assert.DoesNotContain("Tues", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Group starts w/c 14/10 in the gym.", "14/10")]
    [InlineData("DOS 3/10, arthroscopy.", "3/10")]
    public void AnOutOfTenShape_AfterAWordOnlyDatesFollow_IsADate(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Fact]
    public void AClinicalNounOpeningASentence_BeforeAPersonsVerb_IsKept() =>
        Scrub.Kept(Scrub.Run("Surgery booked for the spring. Physio agreed to the plan."), "Surgery booked", "Physio agreed");

    [Theory]
    [InlineData("Born 9/xi/71 in the valley.", "9/xi/71")]
    [InlineData("Operated on 23.III.2019 by the spinal team.", "23.III.2019")]
    public void ADateWithARomanNumeralMonth_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Fact]
    public void AVertebralLevelWithARomanLetter_IsKept() => Scrub.Kept(Scrub.Run("Fusion at C5-vi-7 healed well."), "C5-vi-7");
}
