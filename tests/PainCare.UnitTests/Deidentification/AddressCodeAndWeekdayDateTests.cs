namespace PainCare.UnitTests.Deidentification;

/// <summary>A state or province before a postcode, Eircodes and weekday dates typed in lower case, and weekday dates said in words.</summary>
public sealed class AddressCodeAndWeekdayDateTests
{
    [Theory]
    [InlineData("ADDRESS: 4 HARBOUR RD, BRIDGEWATER NS B4V 2K1. LIVES ALONE.", "NS")]
    [InlineData("Mailing address 880 Cedar Loop, Salem OR 97301, no phone.", "OR")]
    public void AStateOrProvinceBeforeAPostcode_IsReplaced(string text, string code) => Scrub.Gone(Scrub.Run(text), code);

    [Fact]
    public void AnEircodeTypedInLowerCase_IsReplaced() =>
        Scrub.Gone(Scrub.Run("dictated address flat 3 the granary dublin 2 d02 k7w3 mobile to follow"), "d02 k7w3");

    [Theory]
    [InlineData("Injury: last fri 6th, lifting crates at the depot.", "fri 6th")]
    [InlineData("she was seen on monday the twelfth and again a week later", "monday the twelfth")]
    public void AWeekdayDateInLowerCaseOrWords_IsReplaced(string text, string date)
    {
        var result = Scrub.Run(text);
        Scrub.Gone(result, date);
        var replacement = result.Replacements.Single(r => r.Original == date).Surrogate;
        Assert.Equal(replacement.ToLowerInvariant(), replacement);
    }

    [Theory]
    [InlineData("He sat 4th in the queue at the pharmacy.", "sat 4th")]
    [InlineData("On Monday the first session went well.", "the first session")]
    [InlineData("CT 2023 showed no fracture; seen in Ballina.", "CT 2023")]
    public void AVerbOrAnAdjectiveInTheSameShape_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Fact]
    public void AnOrdinalDayOfLastMonth_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Fell off the quad bike on the 5th of last month."), "5th of last month");

    [Fact]
    public void AStreetWithACompassPointAndNoNumber_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Sleeps in a doorway on Bay St E most nights."), "Bay St");

    [Fact]
    public void ARuralDeliveryNumber_IsReplaced_AndStaysARuralDelivery()
    {
        var result = Scrub.Run("Address 12 Ridge Rd, RD 2, Oxford 7495.");
        Scrub.Gone(result, "RD 2");
        Assert.Matches(@"RD \d", result.Text);
    }

    [Theory]
    [InlineData("Cover: Aetna MA ID 4482 1190.", "MA")]
    public void AStateBeforeAnInsurersIdLabel_IsReplaced(string text, string code) => Scrub.Gone(Scrub.Run(text), code);

    [Fact]
    public void AnAmbiguousCodeBeforeAShortNumber_IsNotAState() => Scrub.Kept(Scrub.Run("Cover: Aetna NY ID 4482 1190."), " ID ");
}
