namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Clinical words no list holds, kept by how medical Greek and Latin build them; a service's head word after a clinical
/// term in title case; communication systems and incisions named after their makers.
/// </summary>
public sealed class ClinicalWordShapeTests
{
    [Theory]
    [InlineData("She reports Dysaesthesia and low mood.", "Dysaesthesia")]
    [InlineData("History: Appendicectomy, Cholecystectomy.", "Cholecystectomy")]
    [InlineData("Past history of Gastroparesis and Polyneuropathy.", "Polyneuropathy")]
    public void AWordBuiltLikeAConditionOrOperation_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void AGivenNameWithAClinicalEnding_AfterATitle_IsStillAName() => Scrub.Gone(Scrub.Run("Mrs Euphemia Grant attended alone."), "Euphemia");

    [Fact]
    public void AServiceHeadAfterAClinicalTerm_IsKept() =>
        Scrub.Kept(Scrub.Run("Booked into the Pain Management Centre for March."), "Pain Management Centre");

    [Theory]
    [InlineData("She signs with Makaton at home.", "Makaton")]
    [InlineData("The Pfannenstiel scar is tender.", "Pfannenstiel")]
    [InlineData("Trial of a low FODMAP diet.", "FODMAP")]
    public void ANamedSystemOrIncision_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);
}
