namespace PainCare.UnitTests.Deidentification;

/// <summary>Agencies, insurers and universities named by an acronym, and the clinical acronyms in the same places.</summary>
public sealed class AgencyAcronymTests
{
    [Theory]
    [InlineData("Family resettled through KWT in the spring.", "KWT")]
    [InlineData("A final-year ZKU student, she trains most mornings.", "ZKU")]
    [InlineData("Physio approved on the PXB claim for six sessions.", "PXB")]
    public void AnAcronymBesideAWordOfAffiliation_IsReplaced(string text, string acronym) => Scrub.Gone(Scrub.Run(text), acronym);

    [Fact]
    public void TheShortNameInBracketsAfterAFacility_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Treated at Halsey Hall (HHRC) for eight weeks."), "HHRC");

    [Theory]
    [InlineData("Approved by WorkSafeBC for eight visits.", "WorkSafeBC")]
    [InlineData("Her WCB Claim No. 7731 covers twelve visits.", "WCB")]
    public void AWorkersCompensationBoard_IsReplaced(string text, string board) => Scrub.Gone(Scrub.Run(text), board);

    [Theory]
    [InlineData("Glute work paired with NMES for ten minutes.", "NMES")]
    [InlineData("Sent on by PCP after the scan.", "PCP")]
    [InlineData("Treated with IVIG over five days.", "IVIG")]
    public void AClinicalAcronymInTheSamePlace_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);
}
