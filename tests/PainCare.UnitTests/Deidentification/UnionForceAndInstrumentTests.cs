namespace PainCare.UnitTests.Deidentification;

/// <summary>Unions, armed forces and care homes as organisations; tests, acids and instruments that must survive beside them.</summary>
public sealed class UnionForceAndInstrumentTests
{
    [Theory]
    [InlineData("Shop steward for Usdaw at the depot.", "Usdaw")]
    [InlineData("She is a member of Unison through the trust.", "Unison")]
    [InlineData("Twelve years in the Royal Navy before the injury.", "Royal Navy")]
    [InlineData("Former RAMC medic, now a courier.", "RAMC")]
    [InlineData("Moved into Silky Oak Aged Care last month.", "Silky Oak Aged Care")]
    [InlineData("Cover arranged. Union: NASUWT, who will attend the meeting.", "NASUWT")]
    public void AUnionAForceOrACareHome_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Fact]
    public void ALabelledValueClosingASentence_KeepsItsFullStop()
    {
        var output = Scrub.Run("Off sick since the fall. Union: NASUWT.").Text;
        Assert.EndsWith(".", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NASUWT", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neer's and Yocum positive on the right.", "Yocum")]
    [InlineData("Started Zoledronic Acid in hospital.", "Zoledronic Acid")]
    [InlineData("SPADI 54/130 at review, down from 80.", "SPADI")]
    [InlineData("Sickle cell disease with two admissions this winter.", "Sickle cell")]
    [InlineData("Pain Catastrophising Scale done: PCS 31.", "PCS")]
    [InlineData("MUA booked for the frozen shoulder.", "MUA")]
    public void ATestAnAcidOrAnInstrument_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void APartOfAKnownDoubleGivenName_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Seen today. Teodora said the night pain is easing.", "Ana-Teodora Vlasceanu"), "Teodora");

    [Fact]
    public void AShortMonthEndingASentence_IsReplaced() => Scrub.Gone(Scrub.Run("Her sister visited in Nov. She stayed a week."), "Nov");
}
