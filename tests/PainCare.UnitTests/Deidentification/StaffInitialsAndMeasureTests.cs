namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Colleagues named with their role in brackets and by their initials, acronyms of services beside a role or a record
/// label, numbers read in threes or slashed groups, call signs, ages told in passing; and the clinical words that a
/// sentence's opening or a measure's code once made look like names.
/// </summary>
public sealed class StaffInitialsAndMeasureTests
{
    [Theory]
    [InlineData("Seen with Ffion Ward (OT) this morning.", "Ward")]
    [InlineData("Booked by J. Ward (HCA) for Tuesday.", "Ward")]
    [InlineData("Lorna Rennie (PT) reviewed the plan.", "Rennie")]
    [InlineData("Hettie Winters, Registered Osteopath", "Winters")]
    [InlineData("Signed, Noor Winter, RN", "Winter")]
    public void AWordBeforeARole_IsASurname(string text, string surname) => Scrub.Gone(Scrub.Run(text), surname);

    [Theory]
    [InlineData("Seen by the Lead Physiotherapist today.", "Lead Physiotherapist")]
    [InlineData("The Charge Nurse rang back.", "Charge Nurse")]
    [InlineData("Reviewed by our First Contact Practitioner.", "First Contact Practitioner")]
    public void AJobTitleInTitleCase_IsKept(string text, string title) => Scrub.Kept(Scrub.Run(text), title);

    [Theory]
    [InlineData("Dr Ines Moreau (IM) signed the form.", "IM")]
    [InlineData("– Dr P. Acharya (PA), telehealth", "PA")]
    [InlineData("Note from T. Brannagh, RN (TB).", "TB")]
    [InlineData("Plan agreed with Dr Bryony Hale.\n– BH", "BH")]
    public void APersonsOwnInitials_AreReplaced(string text, string initials) => Scrub.Gone(Scrub.Run(text), initials);

    [Fact]
    public void InitialsThatSpellAClinicalWord_StayWhenNoOneHasThem() =>
        Scrub.Kept(Scrub.Run("Dr Ines Moreau reviewed. Query TB exposure; PA referral sent."), "TB", "PA");

    [Fact]
    public void ASurnameInCapitalsAfterATitle_IsReplaced() => Scrub.Gone(Scrub.Run("Mr TAM came with his daughter."), "TAM");

    [Theory]
    [InlineData("The QHU steward came to the meeting.", "QHU")]
    [InlineData("Ring the SKW helpline about the grant.", "SKW")]
    [InlineData("WKHS HRN 00412 on the wristband.", "WKHS")]
    [InlineData("The HQA podiatrist visits each month.", "HQA")]
    public void AnAcronymBeforeARoleOrARecordLabel_IsAnOrganisation(string text, string acronym) => Scrub.Gone(Scrub.Run(text), acronym);

    [Fact]
    public void ARegulatorBeforeARegistration_IsKept()
    {
        var result = Scrub.Run("Chiropractor, GCC reg. 05521.");

        Scrub.Kept(result, "GCC");
        Scrub.Gone(result, "05521");
    }

    [Theory]
    [InlineData("Land parcel no. 44/812/3301 is on the form.", "44/812/3301")]
    [InlineData("SK HSN 812 334 901 on the card.", "812 334 901")]
    [InlineData("| PHN | 400 221 876 |", "400 221 876")]
    [InlineData("Reach the outstation on call sign KTR-41.", "KTR-41")]
    [InlineData("SK HSN 812 334 901 on the card.", "SK")]
    public void ANumberOrCallSignAfterItsLabel_IsReplaced(string text, string value) => Scrub.Gone(Scrub.Run(text), value);

    [Theory]
    [InlineData("Born in Sligo and 71 now, she says.", "71")]
    [InlineData("She said it would be my 35th on Friday.", "35th")]
    [InlineData("Referred by GP: 58/F, neck pain.", "58")]
    [InlineData("Patient 47y, male, for review.", "47")]
    [InlineData("He'll be 60 in March and wants to keep working.", "60")]
    [InlineData("We're both 71 now, she laughed.", "71")]
    [InlineData("She is 63 years young, she jokes.", "63")]
    public void AnAgeToldInPassing_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Theory]
    [InlineData("Symptom score 9, Revised FIQ 57, sleep poor.", "Revised FIQ")]
    [InlineData("Widespread pain, Modified ODI 40 today.", "Modified ODI")]
    [InlineData("Monofilament felt at 4 of 10 sites.", "Monofilament")]
    [InlineData("Funding came through last week.", "Funding")]
    [InlineData("Results came back normal.", "Results")]
    [InlineData("Continues anastrozole (Arimidex) each morning.", "Arimidex")]
    [InlineData("Started tapentadol (Zandrix) last month.", "Zandrix")]
    [InlineData("Radiotherapy 20 Gy in five fractions.", "20 Gy")]
    [InlineData("Her son brings the Webster-pak each Sunday.", "Webster-pak")]
    public void AClinicalWordOpeningASentenceOrQualifyingAMeasure_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void AnzacDayInCapitals_IsADate() => Scrub.Gone(Scrub.Run("Fell on ANZAC Day 2023."), "ANZAC Day 2023");

    [Fact]
    public void ANicknameThatIsAWord_ComingToASession_IsAPerson() => Scrub.Gone(Scrub.Run("Dusty came to the session early."), "Dusty");

    [Fact]
    public void AFloorWrittenAsFigureSlashF_IsNotAnAge() => Scrub.Kept(Scrub.Run("Lives in Flat B, 32/F, Block 3."), "32/F");
}
