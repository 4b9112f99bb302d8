namespace PainCare.UnitTests.Deidentification;

public sealed class LocationTests
{
    [Theory]
    [InlineData("Seen at Cobb Hill Surgery last week.", "Cobb Hill Surgery")]
    [InlineData("Admitted to Marlow Heath University Hospital overnight.", "Marlow Heath")]
    [InlineData("She teaches at Ashcombe Junior School part-time.", "Ashcombe")]
    [InlineData("Her GP is at Yarrabee Family Medical Practice.", "Yarrabee")]
    [InlineData("Mass at St. Benedict's Catholic Church helps her.", "Benedict's")]
    [InlineData("She studies at the University of Otago in the evenings.", "Otago")]
    public void NamedFacility_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("She lives at 41 Larkspur Close with her son.", "41 Larkspur Close")]
    [InlineData("Unit at 3/27 Currawong Street suits her.", "3/27 Currawong Street")]
    [InlineData("Now at Flat 2, 19 Mafeking Avenue since May.", "19 Mafeking Avenue")]
    [InlineData("Her house at 1847 W Sycamore Rd has stairs.", "1847 W Sycamore Rd")]
    [InlineData("She lives on Tullamore Road near the station.", "Tullamore Road")]
    public void StreetAddress_IsReplaced(string text, string address) => Scrub.Gone(Scrub.Run(text), address);

    [Theory]
    [InlineData("She grew up in Ballymena and moved away.", "Ballymena")]
    [InlineData("He drives over from Llanfair Cross each week.", "Llanfair Cross")]
    [InlineData("Her daughter lives in Brackenfield.", "Brackenfield")]
    [InlineData("Rear-ended on the A3057 on the way home.", "A3057")]
    [InlineData("Lives in Eugene, Oregon with her husband.", "Oregon")]
    [InlineData("She lives in Dundee with her sons.", "Dundee")]
    public void TownRegionOrRoad_IsReplaced(string text, string place) => Scrub.Gone(Scrub.Run(text), place);

    [Fact]
    public void TownBeforePostcode_IsReplacedWithoutGazetteerEntry()
    {
        var result = Scrub.Run("Lives at 3 Mill Lane, Wirksworth DE4 4AB with her dog.");

        Scrub.Gone(result, "Wirksworth", "DE4 4AB", "3 Mill Lane");
    }

    [Theory]
    [InlineData("He packs orders for Vantaro on night shifts.", "Vantaro")]
    [InlineData("She drives the school bus for First Aberdeen.", "First Aberdeen")]
    [InlineData("His Allianz claim is still open.", "Allianz")]
    [InlineData("Referred by WorkCover WA after the fall.", "WA")]
    public void Employer_OrInsurer_IsReplaced(string text, string organisation) => Scrub.Gone(Scrub.Run(text), organisation);

    [Fact]
    public void KnownAddress_WordsAreReplacedWherever_TheyAppear()
    {
        var result = Scrub.Run("Lives in Stoneleigh. Her GP in Stoneleigh is helpful.", "8 Quarry Lane, Stoneleigh, Tewkesbury GL20 5TJ");

        Scrub.Gone(result, "Stoneleigh");
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
