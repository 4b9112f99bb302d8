namespace PainCare.UnitTests.Deidentification;

/// <summary>Exact ages in the short phrases of notes, forms and tables, and the counts and scores that only look like them.</summary>
public sealed class AgePhraseTests
{
    [Theory]
    [InlineData("Household: son 9, daughter 14, both at home.", "9", "14")]
    [InlineData("She has two kids, 5 and 12, and works nights.", "5", "12")]
    [InlineData("Mr Ferris is coming up 70 and worried about stairs.", "70")]
    [InlineData("Approaching sixty, he has stopped cycling.", "sixty")]
    [InlineData("Will be 40 on Saturday, wants to run again.", "40")]
    [InlineData("Her brother, who at 58 still works the boats, helps out.", "58")]
    [InlineData("Since the age of 14 she has swum competitively.", "14")]
    [InlineData("Age - 73", "73")]
    [InlineData("Age/Sex: 66/M", "66")]
    [InlineData("A 29yr old plasterer with low back pain.", "29")]
    [InlineData("Uncle Tomas (deceased at 64) had the same knees.", "64")]
    [InlineData("At seventy-four, she still walks to the shops.", "seventy-four")]
    [InlineData("Son Felix (16 now) carries the shopping.", "16")]
    [InlineData("Her aunt (57 ans) lives with them.", "57")]
    [InlineData("Grandad (Wilf, 80 next birthday) came along.", "80")]
    [InlineData("Roll call: Brendan Keogh; 52; knee replacement 2021.", "52")]
    [InlineData("Our neighbour, now thirteen, walks the dog for her.", "thirteen")]
    [InlineData("Athlete: Sione Vea, #11, 23 yrs, DOB 02-09-2002, joined in May.", "23 yrs")]
    public void AnExactAgeInAShortPhrase_IsReplaced(string text, params string[] ages) => Scrub.Gone(Scrub.Run(text), ages);

    [Fact]
    public void AnAgeDrawingNear_ReadsAsNearingTheDecade() =>
        Assert.StartsWith("Nearing his sixties, he", Scrub.Run("Approaching sixty, he has stopped cycling.").Text, StringComparison.Ordinal);

    [Fact]
    public void AnAgeOpeningASentence_OpensItsBandWithACapital() =>
        Assert.StartsWith("In her", Scrub.Run("Aged 47, she runs a bakery.").Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("She is a mother of three and a grandmother of five.", "three", "five")]
    [InlineData("Pain was 7, now 3, once the session ended.", "3")]
    [InlineData("Coming up 20 reps before fatigue.", "20")]
    [InlineData("Sets: 2; 12; 15 with rests.", "12")]
    [InlineData("Sickle cell 2 crises this year.", "2")]
    public void ACountOrAScore_IsKept(string text, params string[] terms) => Scrub.Kept(Scrub.Run(text), terms);

    [Theory]
    [InlineData("Player | Age | Position\nRua T. | 19 | wing\nMac D. | thirty-one | prop", "19", "thirty-one")]
    [InlineData("surname,age,bay\nOkafor,71,B\nLinwood,84 F,C", "71", "84")]
    public void AFigureUnderAnAgeColumn_IsReplaced(string text, params string[] ages) => Scrub.Gone(Scrub.Run(text), ages);

    [Fact]
    public void AFigureUnderAnotherColumn_IsKept() => Scrub.Kept(Scrub.Run("Exercise | Sets | Reps\nbridge | 3 | 12"), "12");
}
