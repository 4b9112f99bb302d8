namespace PainCare.UnitTests.Deidentification;

/// <summary>Lower-case form labels, a service named by its area, rooms in a named residence, and card numbers in short forms.</summary>
public sealed class LineLabelAndCardNumberTests
{
    [Theory]
    [InlineData("Next of kin: Ezeudu", "Ezeudu")]
    [InlineData("Emergency contact: Brannagh (niece).", "Brannagh")]
    public void ALabelEndingInLowerCase_AtTheStartOfALine_NamesThePerson(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Fact]
    public void ALowerCaseLabelWordInsideASentence_IsNoField() =>
        Scrub.Kept(Scrub.Run("We spoke about who she would want as contact: Monday suits."), "Monday");

    [Theory]
    [InlineData("Plan: Quarrington CMHT to review next week.", "Quarrington")]
    [InlineData("Kilbraddock DHB has funded the brace.", "Kilbraddock")]
    public void AnUnknownWordOpeningASentenceBeforeAnAreaService_IsReplaced(string text, string place) => Scrub.Gone(Scrub.Run(text), place);

    [Fact]
    public void ARoomSetAfterANamedResidence_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Boarding at Ellery House, room 14, during the block."), "14");

    [Fact]
    public void ATreatmentRoomNumber_KeepsItsWordAndChangesItsNumber()
    {
        var result = Scrub.Run("Moved to room 3 for the hydro session.");
        Scrub.Gone(result, "3");
        Scrub.Kept(result, "room", "hydro session");
    }

    [Theory]
    [InlineData("Medicare 5102 44871 3 IRN 2 on file.", "IRN 2")]
    [InlineData("Aadhaar ending 5522 seen at registration.", "5522")]
    [InlineData("Her CareCard 9012 448 761 was current.", "9012 448 761")]
    public void ACardNumberInAShortForm_IsReplaced(string text, string value) => Scrub.Gone(Scrub.Run(text), value);

    [Fact]
    public void APavilionNamedForAPerson_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Outpatients moved to the Tilbury Pavilion last spring."), "Tilbury Pavilion");
}
