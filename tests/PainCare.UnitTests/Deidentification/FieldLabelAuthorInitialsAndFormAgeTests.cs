namespace PainCare.UnitTests.Deidentification;

/// <summary>Everyday words that name a form's fields stay, a writer's initials after "by:" go, and ages a form records at an event go.</summary>
public sealed class FieldLabelAuthorInitialsAndFormAgeTests
{
    [Theory]
    [InlineData("Weight 82 kg.    Pension card: 4410932K", "Pension card:")]
    [InlineData("Ward 4 | Folder QX-77120 | seen", "| Folder ")]
    [InlineData("Pt Name: Odhiambo, Faith", "Pt Name:")]
    [InlineData("Client Surname: Varga", "Client Surname:")]
    [InlineData("Follow-up plan agreed.\nSchool: Year 9, no PE this term", "School:")]
    public void AnEverydayWordNamingAField_Stays(string text, string label) => Scrub.Kept(Scrub.Run(text), label);

    [Fact]
    public void ANameEndingALine_DoesNotRunOnToTheNextLine()
    {
        var result = Scrub.Run("Surname: HALVORSEN, Ingrid Maud\nUsual name: Inga\nDOB: 2 Feb 1979");
        Scrub.Gone(result, "Maud");
        Scrub.Kept(result, "\nUsual name: ");
    }

    [Fact]
    public void AGivenNameBeforeAColon_IsStillAName()
    {
        var result = Scrub.Run("Sister Marguerite: she can come on Friday.");
        Scrub.Gone(result, "Marguerite");
    }

    [Fact]
    public void ATitleCaseRunBeforeACode_KeepsBothWords() => Scrub.Kept(Scrub.Run("Veteran with a DVA Gold Card QX420917 on file."), "Gold Card");

    [Theory]
    [InlineData("Reviewed and signed off.\nentered by: RW", "RW")]
    [InlineData("Plan copied to GP. Typed by TM-B (Tessa Marsh-Bell, admin).", "TM-B")]
    [InlineData("Checked by: JKL", "JKL")]
    public void AWritersInitialsAfterBy_AreReplaced(string text, string initials) => Scrub.Gone(Scrub.Run(text), initials);

    [Theory]
    [InlineData("Age at first visit: 58\nReferrer: practice nurse", "58")]
    [InlineData("Age on discharge = 77", "77")]
    [InlineData("| Okonkwo, Ben | 1961 | 63 yrs | knee |", "63")]
    public void AnAgeAFormRecords_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Fact]
    public void ADurationInATableCell_Stays() => Scrub.Kept(Scrub.Run("| Symptom length | 2 y |"), "2 y");
}
