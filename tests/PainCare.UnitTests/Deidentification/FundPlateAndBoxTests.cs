namespace PainCare.UnitTests.Deidentification;

/// <summary>Ages beside a birth date, medical-aid funds and member numbers, plates, post boxes, rehab practices and field labels.</summary>
public sealed class FundPlateAndBoxTests
{
    [Theory]
    [InlineData("Reviewed Ailsa (DOB 03/09/1971, 54) at home.", "54")]
    [InlineData("Letter about Torben (born Feb 2, 1990; 35) from the GP.", "35")]
    public void AnAgeBesideABirthDateInOneBracket_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Theory]
    [InlineData("Medical aid: Quillon Health 77120934.", "Quillon Health")]
    [InlineData("Medical aid Marrowby no 3391 2207 18 on file.", "Marrowby", "3391 2207 18")]
    public void AMedicalAidFundAndItsNumber_AreReplaced(string text, params string[] values) => Scrub.Gone(Scrub.Run(text), values);

    [Theory]
    [InlineData("Drives a hatchback, reg KP21 WZM, to work.", "KP21 WZM")]
    [InlineData("Car on Hwy 2, plate SK BRT 552, written off.", "SK BRT 552")]
    public void APlate_IsReplaced(string text, string plate) => Scrub.Gone(Scrub.Run(text), plate);

    [Theory]
    [InlineData("Post to PO Box 1187, then the farm.", "PO Box 1187")]
    [InlineData("Address: Box 63, Kerrisdale.", "Box 63")]
    public void APostOfficeBox_IsReplaced(string text, string box) => Scrub.Gone(Scrub.Run(text), box);

    [Theory]
    [InlineData("Rang the flood line on Mar 3/24 about the leak.", "Mar 3/24")]
    public void AMonthDayAndShortYear_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Fact]
    public void ARehabPracticeLosesItsName_AndAServiceKeepsIt()
    {
        var result = Scrub.Run("Discharged from Tallowgate Outpatient Rehab to Cardiac Rehab.");
        Scrub.Gone(result, "Tallowgate");
        Scrub.Kept(result, "Cardiac Rehab");
    }

    [Fact]
    public void AVerbBeforeRehab_IsKept() => Scrub.Kept(Scrub.Run("Started Rehab last week after the fall."), "Started Rehab");

    [Fact]
    public void APreferredNameField_KeepsItsLabel()
    {
        var result = Scrub.Run("Name: Oriel Banfield   Preferred: Ori");
        Scrub.Kept(result, "Preferred:");
        Scrub.Gone(result, "Ori");
    }

    [Fact]
    public void AMemorialHospitalNamedForAPerson_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Transferred to Hadley Memorial for the night."), "Hadley Memorial");

    [Theory]
    [InlineData("Ph 6381 2290 after hours.", "6381 2290")]
    [InlineData("Ring her on 6381 2290 if the bus is late.", "6381 2290")]
    public void ALocalNumberAfterAWordForAPhone_IsReplaced(string text, string number) => Scrub.Gone(Scrub.Run(text), number);

    [Fact]
    public void CountsAfterAWordForAPhone_AreKept() => Scrub.Kept(Scrub.Run("Text me 2 days before; 3 sets of 10."), "3 sets of 10");

    [Fact]
    public void ASilverDressing_KeepsItsModifier() => Scrub.Kept(Scrub.Run("Changed to Acticoat Ag over the graft."), "Acticoat Ag");

    [Theory]
    [InlineData("Moved from Mpumalanga to the coast last year.", "Mpumalanga")]
    [InlineData("Grew up in Aberdeenshire before the move.", "Aberdeenshire")]
    public void AProvinceOrCounty_IsReplaced(string text, string region) => Scrub.Gone(Scrub.Run(text), region);

    [Fact]
    public void ALegalFormInLowerCase_GoesWithTheCompanyName() =>
        Scrub.Gone(Scrub.Run("She packs boxes for Brenvale Freight ltd on weekends."), "Brenvale Freight ltd");

    [Fact]
    public void DearColleague_IsKept() => Scrub.Kept(Scrub.Run("Dear Colleague,\nThank you for seeing him."), "Dear Colleague");

    [Theory]
    [InlineData("Interpreter booked, booking 55271, for Friday.", "55271")]
    [InlineData("Invoice 38406 went to the insurer.", "38406")]
    public void ABookingOrInvoiceNumber_IsReplaced(string text, string number) => Scrub.Gone(Scrub.Run(text), number);

    [Fact]
    public void ABookingForSessions_IsKept() => Scrub.Kept(Scrub.Run("Booking for 3 sessions made."), "Booking for 3 sessions");
}
