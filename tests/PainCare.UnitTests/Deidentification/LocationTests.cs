namespace PainCare.UnitTests.Deidentification;

public sealed class LocationTests
{
    [Theory]
    [InlineData("Seen at Lane End Surgery last week.", "Lane End Surgery")]
    [InlineData("Admitted to Whipps Cross University Hospital overnight.", "Whipps Cross")]
    [InlineData("She teaches at Kilburn Junior School part-time.", "Kilburn")]
    [InlineData("Her GP is at Doonside Family Medical Practice.", "Doonside")]
    [InlineData("Mass at St. Timothy's Catholic Church helps her.", "Timothy's")]
    [InlineData("She studies at the University of Otago in the evenings.", "Otago")]
    public void NamedFacility_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("She lives at 27 Hollybush Close with her son.", "27 Hollybush Close")]
    [InlineData("Unit at 5/18 Rosella Street suits her.", "5/18 Rosella Street")]
    [InlineData("Now at Flat 4, 22 Pretoria Avenue since May.", "22 Pretoria Avenue")]
    [InlineData("Her house at 2219 E Brown Rd has stairs.", "2219 E Brown Rd")]
    [InlineData("She lives on Kildare Road near the station.", "Kildare Road")]
    public void StreetAddress_IsReplaced(string text, string address) => Scrub.Gone(Scrub.Run(text), address);

    [Theory]
    [InlineData("She grew up in Ballymena and moved away.", "Ballymena")]
    [InlineData("He drives over from Burry Port each week.", "Burry Port")]
    [InlineData("Her daughter lives in Brackenfield.", "Brackenfield")]
    [InlineData("Rear-ended on the A406 on the way home.", "A406")]
    [InlineData("Lives in Dayton, Ohio with her husband.", "Ohio")]
    [InlineData("She lives in Glasgow with her sons.", "Glasgow")]
    public void TownRegionOrRoad_IsReplaced(string text, string place) => Scrub.Gone(Scrub.Run(text), place);

    [Fact]
    public void TownBeforePostcode_IsReplacedWithoutGazetteerEntry()
    {
        var result = Scrub.Run("Lives at 3 Mill Lane, Wirksworth DE4 4AB with her dog.");

        Scrub.Gone(result, "Wirksworth", "DE4 4AB", "3 Mill Lane");
    }

    [Theory]
    [InlineData("He works as a delivery driver for Ocado at night.", "Ocado")]
    [InlineData("She is a bus driver with First Glasgow.", "First Glasgow")]
    [InlineData("His Aviva claim reference is pending.", "Aviva")]
    [InlineData("Referred by WorkCover SA after the fall.", "SA")]
    public void Employer_OrInsurer_IsReplaced(string text, string organisation) => Scrub.Gone(Scrub.Run(text), organisation);

    [Fact]
    public void KnownAddress_WordsAreReplacedWherever_TheyAppear()
    {
        var result = Scrub.Run("Lives in Horfield. Her GP in Horfield is helpful.", "16 Filton Avenue, Horfield, Bristol BS7 0AF");

        Scrub.Gone(result, "Horfield");
    }

    [Fact]
    public void Country_IsKeptAndFlaggedForReview_WhileCityIsReplaced()
    {
        var result = Scrub.Run("He moved from Vietnam in 2015, grew up in Hanoi, and visited New Zealand and Sri Lanka last year.");

        Scrub.Kept(result, "Vietnam", "New Zealand", "Sri Lanka");
        Scrub.Gone(result, "Hanoi");
        Assert.Contains(result.Review, r => r.Text == "New Zealand" && r.Category == "nationality");
    }
}
