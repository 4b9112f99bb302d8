namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// What sits beside a found name, regulators' numbers, bare domains, stamped dates, ages in form rows, and the small
/// parts of a known address (its state, district and flat position).
/// </summary>
public sealed class NeighbourRegistrationAndKnownPartTests
{
    [Theory]
    [InlineData("Care passed from T. Abernathy RN to the night team.", "T.")]
    [InlineData("Patient: OKONKWO, Chinedu E. (Eddie) attended.", "E.")]
    [InlineData("Ward clerk Di Farquharson took the call.", "Di")]
    [InlineData("Mrs Gwenllian Pryce-Jones came alone. Gwen said the stairs are hard.", "Gwen")]
    public void AnInitialOrAShortFormBesideAName_IsReplaced(string text, string part) => Scrub.Gone(Scrub.Run(text), part);

    [Fact]
    public void ASideOfTheBodyBeforeAName_IsKept() => Scrub.Kept(Scrub.Run("Pain worse R. Mrs Abernathy reports poor sleep."), "R.");

    [Theory]
    [InlineData("Signed, A. Lumsden, Physiotherapist (HCPC PH118204)", "PH118204")]
    [InlineData("Osteopath, GOsC 8810, reviewed.", "8810")]
    [InlineData("HSN: 731 004 226 on the card.", "731 004 226")]
    [InlineData("Handouts at tidewaterphysio.co.nz each week.", "tidewaterphysio.co.nz")]
    [InlineData("Log: 14/6 09:20 - carer phoned.", "14/6")]
    [InlineData("Tel. 353 21 555 0178 after six.", "353 21 555 0178")]
    [InlineData("Reach her at ana dot reyes at outlook dot com.", "reyes")]
    [InlineData("Skype: marlow.jen77 for the video call.", "marlow.jen77")]
    public void ARegistrationADomainAStampedDateOrASpelledContact_IsReplaced(string text, string value) => Scrub.Gone(Scrub.Run(text), value);

    [Theory]
    [InlineData("| Client | Ro Tane |\n| Age | 52 |\n| Referrer | GP |", "52")]
    [InlineData("Pt: Hemi Paku, born 9 March 1950, seventy-four. Lives alone.", "seventy-four")]
    [InlineData("She moved to Leicester from Kampala at 23 and trained as a nurse.", "23")]
    public void AnAgeInAFormRowAfterABirthDateOrAtAMove_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Fact]
    public void HalloweenWithItsYear_IsReplaced() => Scrub.Gone(Scrub.Run("The flare started around Hallowe'en 2022."), "Hallowe'en 2022");

    [Theory]
    [InlineData("Whānau present: mokopuna Ariki and whaea Mere.", "Ariki", "Mere")]
    [InlineData("Her taid Emrys used to farm the hill.", "Emrys")]
    public void ANameAfterAKinWordFromAnotherLanguage_IsReplaced(string text, params string[] names) => Scrub.Gone(Scrub.Run(text), names);

    [Fact]
    public void TheStateDistrictAndFlatPositionOfAKnownAddress_AreReplaced()
    {
        var result = Scrub.Run("Lives at 3/2 as before; WA based; post to S11 please.", "Mara Quill", "3/2, 14 Keir Street, Sheffield S11 8QA", "Karratha WA 6714");
        Scrub.Gone(result, "3/2", "WA", "S11");
    }

    [Fact]
    public void AKnownDistrictInsideAFullPostcode_TakesTheWholeCode() =>
        Scrub.Gone(Scrub.Run("Post to S11 8QA.", "Mara Quill", "14 Keir Street, Sheffield S11 8QA"), "S11", "8QA");

    [Theory]
    [InlineData("Vancomycin via PICC, dressing clean.", "PICC")]
    [InlineData("Night splint and Strassburg sock for heel pain.", "Strassburg sock")]
    [InlineData("| 10:15 | Mr Cole | Plantar fasciitis L |", "Plantar fasciitis")]
    [InlineData("Disc bulge at L5/S1 with S1 nerve root irritation.", "S1")]
    public void ADeviceLineOrAnatomicalTerm_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void ADistrictNumberedBeyondTheSpine_IsAPostcode() => Scrub.Gone(Scrub.Run("Family home in Walkley, Sheffield S6."), "S6", "Walkley");

    [Theory]
    [InlineData("She takes her son Kacper's bike to the park.", "Kacper")]
    [InlineData("Mrs T-R says the new tablets upset her stomach.", "T-R")]
    public void ANamesThingOrHyphenedInitialsAfterATitle_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Fact]
    public void ABrandBeforeItsEquipment_IsKept() => Scrub.Kept(Scrub.Run("Ten minutes on the Vantra treadmill at each visit."), "Vantra treadmill");

    [Theory]
    [InlineData("Parking permit: badge 1988 on the dashboard.", "1988")]
    [InlineData("Spare key fob no. 0715 kept at reception.", "0715")]
    [InlineData("He does night shifts for the KDC depot.", "KDC")]
    public void ALabelledNumberOrAnAcronymWorkedFor_IsReplaced(string text, string value) => Scrub.Gone(Scrub.Run(text), value);

    [Fact]
    public void AYearAfterAWordOfTime_IsKept() => Scrub.Kept(Scrub.Run("Worked there until 1998, then retired."), "1998");
}
