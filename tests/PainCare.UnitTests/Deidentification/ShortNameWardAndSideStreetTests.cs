namespace PainCare.UnitTests.Deidentification;

/// <summary>Organisations' short names in brackets or before a word of work, wards and beds, and streets named after "off".</summary>
public sealed class ShortNameWardAndSideStreetTests
{
    [Theory]
    [InlineData("Her nephew plays for Tarn Valley Hawks (TVH) in winter.", "TVH")]
    [InlineData("He was a driver on the KMT bus run for years.", "KMT")]
    [InlineData("She reads the news on WQRX radio at dawn.", "WQRX")]
    public void AnOrganisationsShortName_IsReplaced(string text, string acronym) => Scrub.Gone(Scrub.Run(text), acronym);

    [Theory]
    [InlineData("Completed the Brief Fatigue Scale (BFS) today.", "BFS")]
    [InlineData("Form signed by Eileen Garvey (POA) this morning.", "POA")]
    public void ATermsOwnAbbreviationOrARole_IsKept(string text, string acronym) => Scrub.Kept(Scrub.Run(text), acronym);

    [Theory]
    [InlineData("Moved to Ward 9C, bed 21, overnight.", "Ward 9C", "bed 21")]
    [InlineData("Seen in bay 4 on the short-stay unit.", "bay 4")]
    public void AWardBayOrBed_IsReplaced(string text, params string[] places) => Scrub.Gone(Scrub.Run(text), places);

    [Fact]
    public void DaysInBed_AreKept() => Scrub.Kept(Scrub.Run("She stayed in bed 3 days after the flare."), "bed 3 days");

    [Fact]
    public void AStreetNamedAfterOff_IsReplaced_AndAMedicineAfterOff_IsKept()
    {
        var result = Scrub.Run("Lives just off Tulloch with two cats; came off Tramadol last week.");
        Scrub.Gone(result, "Tulloch");
        Scrub.Kept(result, "Tramadol");
    }
}
