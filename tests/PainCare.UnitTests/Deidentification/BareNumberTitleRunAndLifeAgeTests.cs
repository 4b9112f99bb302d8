namespace PainCare.UnitTests.Deidentification;

/// <summary>Unlabelled four- and five-figure numbers, title-case runs of everyday words, and ages told through a life event.</summary>
public sealed class BareNumberTitleRunAndLifeAgeTests
{
    [Theory]
    [InlineData("Her locker is 6172 on the second floor.", "6172")]
    [InlineData("Quote 57302 when you ring the front desk.", "57302")]
    [InlineData("Read it out, hmm, 4820 11936 2, then hung up.", "4820 11936 2")]
    public void AnUnlabelledFourOrFiveFigureNumber_IsReplaced(string text, string number) => Scrub.Gone(Scrub.Run(text), number);

    [Fact]
    public void YearsClockTimesAndAmounts_AreKept()
    {
        var result = Scrub.Run("Since 2017 she has aimed for 8000 steps a day; seen at 1415 and spent 3500 kcal.");
        Scrub.Kept(result, "2017", "8000 steps", "1415", "3500 kcal");
    }

    [Theory]
    [InlineData("She walks the dog around Pebble Point each morning.", "Pebble Point")]
    [InlineData("He plays bass with Copper Kettle on weekends.", "Copper Kettle")]
    [InlineData("They moved out past Gold Meadow last spring.", "Gold Meadow")]
    public void ATitleCaseRunOfEverydayWordsInMidSentence_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("He finished the Work Capacity Evaluation on time.", "Work Capacity Evaluation")]
    [InlineData("She joined the Stay Upright classes at the hall.", "Stay Upright")]
    public void ATermOrACallToAct_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void AStrengthAfterAListedMedicine_IsKept() => Scrub.Kept(Scrub.Run("Takes Nexium 20 daily and Nexium 40000 is not a dose."), "Nexium 40000");

    [Theory]
    [InlineData("Seen today: a woman of 62 with hip pain.", "62")]
    [InlineData("She was widowed at 58 and moved north.", "58")]
    [InlineData("Now 77, she still swims most days.", "77")]
    [InlineData("Minds her grandchildren, ages 4 and 7, after school.", "4", "7")]
    [InlineData("71 M presenting with hip pain after a fall.", "71")]
    [InlineData("At 16 she left home for the city.", "16")]
    public void AnAgeToldThroughAPersonOrALifeEvent_IsReplaced(string text, params string[] ages) => Scrub.Gone(Scrub.Run(text), ages);

    [Theory]
    [InlineData("Pain settled at 40 degrees of flexion.", "40 degrees")]
    [InlineData("She retired to bed at 10 pm most nights.", "10 pm")]
    public void AMeasureOrAClockTimeAfterAt_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void AnAgeAtALifeEvent_ReadsAsABand() =>
        Assert.Contains("in her teens", Scrub.Run("She married at 18 and had twins.").Text, StringComparison.Ordinal);
}
