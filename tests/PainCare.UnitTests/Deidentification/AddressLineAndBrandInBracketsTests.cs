namespace PainCare.UnitTests.Deidentification;

/// <summary>Every part of an address a form gives after its label goes; brands named beside a generic or a dose stay.</summary>
public sealed class AddressLineAndBrandInBracketsTests
{
    [Theory]
    [InlineData("Address: Gortnamona, Kilcolgan, Co. Galway", "Gortnamona")]
    [InlineData("Seen at home. Address: Lane 3, Tarnol Colony, Rawalpindi. Lives with son.", "Lane 3")]
    [InlineData("Home address: Ward 6, Kigoma Road, Jinja", "Ward 6")]
    [InlineData("Postal address: Dunmore East, Waterford", "Dunmore East")]
    public void EachPartOfALabelledAddress_IsReplaced(string text, string part) => Scrub.Gone(Scrub.Run(text), part);

    [Fact]
    public void ATownInAnAddressLine_IsAlsoReplacedWhereverElseItIsMentioned()
    {
        var result = Scrub.Run("addr: 14 kauri st, opotiki 3122\nsees the opotiki practice nurse weekly.");
        Scrub.Gone(result, "opotiki");
    }

    [Fact]
    public void TheAddressEndsWithItsSentence()
    {
        var result = Scrub.Run("Address: Tullamore. Patient reports the pain is worse at night.");
        Scrub.Gone(result, "Tullamore");
        Scrub.Kept(result, "Patient reports the pain is worse at night.");
    }

    [Fact]
    public void AUnitInAnAddress_KeepsItsWord() => Scrub.Kept(Scrub.Run("Address: 40 Harbour Road, Apt 7, Portrush"), ", Apt ");

    [Fact]
    public void HouseAndStreetNumbersOpeningAnAddress_AreReplaced() =>
        Scrub.Gone(Scrub.Run("Family lives at House 31, Street 12, near the mosque."), "Street 12");

    [Theory]
    [InlineData("Switched to Tramquel (tramadol) 50 mg bd last month.", "Tramquel")]
    [InlineData("Started Nervolan (pregabalin) at night.", "Nervolan")]
    [InlineData("Prescribed meloxicam 7.5 mg mane and Fexolar at night.", "Fexolar")]
    [InlineData("Takes paracetamol 1 g qds plus Duvarine for sleep.", "Duvarine")]
    public void ABrandBesideAGenericOrADose_Stays(string text, string brand) => Scrub.Kept(Scrub.Run(text), brand);
}
