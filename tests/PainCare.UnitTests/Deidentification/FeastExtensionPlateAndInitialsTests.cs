namespace PainCare.UnitTests.Deidentification;

/// <summary>Feasts with a year, dates after a weekday, extensions, plates, lockers and flats, ages in messages, and initials.</summary>
public sealed class FeastExtensionPlateAndInitialsTests
{
    [Theory]
    [InlineData("The flare began around Diwali 2023 with all the cooking.", "Diwali 2023")]
    [InlineData("Worse after Eid al-Fitr 2022 when family visited.", "Eid al-Fitr 2022")]
    [InlineData("Back at work by Matariki 2024.", "Matariki 2024")]
    public void AMovableFeastWithItsYear_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Fact]
    public void AFeastNamedAsAHabit_IsKept() => Scrub.Kept(Scrub.Run("She fasts every Ramadan and visits family each Christmas."), "Ramadan", "Christmas");

    [Theory]
    [InlineData("Phone review Weds 9.07 at noon.", "9.07")]
    [InlineData("Home exercises until the plan ends; re-check due 11/27 at the latest.", "11/27")]
    public void ADayAndMonthAfterAWeekdayOrADueWord_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Theory]
    [InlineData("Ring 0161 496 0021 ext 327 before noon.", "327")]
    [InlineData("Desk line 0118 496 0777 x4906 for the team.", "4906")]
    public void AnExtensionAfterAPhoneNumber_IsReplaced(string text, string extension) => Scrub.Gone(Scrub.Run(text), extension);

    [Fact]
    public void ExtensionRangeInANote_IsKept() => Scrub.Kept(Scrub.Run("Knee flex 110, ext 20 short of neutral."), "ext 20");

    [Theory]
    [InlineData("Drives a grey wagon, rego 2QT 5LM, to the farm.", "2QT 5LM")]
    [InlineData("The ute (plate 615 KRV) was towed.", "615 KRV")]
    public void APlateAfterItsLabel_IsReplaced(string text, string plate) => Scrub.Gone(Scrub.Run(text), plate);

    [Theory]
    [InlineData("Left his brace in locker 22 at the depot.", "locker 22")]
    [InlineData("Lives in Flat 7, above the bakery.", "Flat 7")]
    public void ALockerOrAFlatNumber_IsReplaced(string text, string place) => Scrub.Gone(Scrub.Run(text), place);

    [Theory]
    [InlineData("sorry im 41 not 14 haha", "41")]
    [InlineData("Student, DOB 05.06.2009, 16 yrs, Year 11.", "16 yrs")]
    [InlineData("MARCHETTI (Bruna), 52, admitted overnight.", "52")]
    public void AnAgeInAMessageOrAfterABirthDate_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Fact]
    public void AWeightAfterIm_IsKept() => Scrub.Kept(Scrub.Run("I'm 70 kg now, down from 78."), "70 kg");

    [Theory]
    [InlineData("Handover from Ottoline (OB), staff nurse.", "OB")]
    [InlineData("Tue 4 Mar 09:10 Phone review (GW)\nPain settled.", "GW")]
    [InlineData("Queries to P. Vasquez-Tam, ext 2201.", "Vasquez-Tam")]
    public void InitialsAndAnInitialledName_AreReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Fact]
    public void AnAssistLevelBeforeAVerb_IsKept() => Scrub.Kept(Scrub.Run("Transfers max A. Mobilised 5 m with frame."), "A. Mobilised");

    [Theory]
    [InlineData("Plays goal shooter for the HVS senior netball team.", "HVS")]
    [InlineData("Follow-up at the KRH spinal clinic in June.", "KRH")]
    public void AShortNameBeforeATeamOrAClinic_IsReplaced(string text, string acronym) => Scrub.Gone(Scrub.Run(text), acronym);
}
