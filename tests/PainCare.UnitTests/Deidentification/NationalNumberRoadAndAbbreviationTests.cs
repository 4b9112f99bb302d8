namespace PainCare.UnitTests.Deidentification;

/// <summary>National numbers of other countries after their label, numbered roads, and operation and unit abbreviations that stay.</summary>
public sealed class NationalNumberRoadAndAbbreviationTests
{
    [Theory]
    [InlineData("Identity checked: DNI 27.118.904, insured privately.", "27.118.904")]
    [InlineData("CPF 402.517.338-21 on the referral.", "402.517.338-21")]
    [InlineData("Her TRN 118-204-933 is on the form.", "118-204-933")]
    [InlineData("RUT 9.654.321-K recorded at intake.", "9.654.321-K")]
    [InlineData("BSN 301245678 checked at the desk.", "301245678")]
    public void ANationalNumberAfterItsLabel_IsReplaced(string text, string number) => Scrub.Gone(Scrub.Run(text), number);

    [Fact]
    public void ADecimalAfterAReferenceLabel_EndsAtTheFullStop()
    {
        var result = Scrub.Run("See ref 4471. Pain settled.");
        Scrub.Gone(result, "4471");
        Scrub.Kept(result, ". Pain settled.");
    }

    [Theory]
    [InlineData("He was hit from behind on Highway 17 near the lights.", "Highway 17")]
    [InlineData("She drives Route 9 to work each morning.", "Route 9")]
    [InlineData("The crash was on the I-84 in the snow.", "I-84")]
    [InlineData("A pile-up on State Highway 2 in the fog.", "State Highway 2")]
    public void ANumberedRoad_IsReplaced(string text, string road) => Scrub.Gone(Scrub.Run(text), road);

    [Theory]
    [InlineData("Wrist fixed with ORIF under Mr Ellis in March.", "ORIF")]
    [InlineData("Neck pain after an ACDF with Dr Shah last year.", "ACDF")]
    [InlineData("Bone density checked with DEXA at the hospital.", "DEXA")]
    [InlineData("Baby was in NICU for three weeks after birth.", "NICU")]
    public void AnOperationOrUnitAbbreviation_Stays(string text, string term) => Scrub.Kept(Scrub.Run(text), term);
}
