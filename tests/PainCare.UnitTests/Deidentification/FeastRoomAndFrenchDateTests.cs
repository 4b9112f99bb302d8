namespace PainCare.UnitTests.Deidentification;

/// <summary>Feast days with or without their year, months pinned to a year, said ordinals, French dates, and rooms and cells by number.</summary>
public sealed class FeastRoomAndFrenchDateTests
{
    [Theory]
    [InlineData("The flare began just after Christmas.", "Christmas")]
    [InlineData("Her husband left on Burns Night.", "Burns Night")]
    [InlineData("Fasting through Ramadan made the headaches worse.", "Ramadan")]
    [InlineData("Walked the beach on Easter Monday without pain.", "Easter Monday")]
    [InlineData("Rested over the Matariki long weekend.", "Matariki")]
    [InlineData("She fell at a Fourth of July picnic.", "Fourth of July")]
    [InlineData("Off work since the August bank holiday.", "August")]
    [InlineData("Last scan in Oct this year.", "Oct")]
    [InlineData("She flew home in Dec.", "Dec")]
    [InlineData("He is booked in on the twelfth but may not come.", "twelfth")]
    [InlineData("Prochain rendez-vous: jeudi le 14 mars à 9h.", "14 mars")]
    [InlineData("Blessée au travail le 3 février 2024.", "3 février 2024")]
    public void AFeastOrASaidDate_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Fact]
    public void AFeastKeepsItsFollowingWord_SoTheSentenceStillReads()
    {
        var output = Scrub.Run("Rested over the Matariki weekend.").Text;
        Assert.Contains("weekend", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Matariki", output, StringComparison.Ordinal);
    }

    [Fact]
    public void OnTheFirstVisit_IsKept() => Scrub.Kept(Scrub.Run("On the first visit she barely spoke."), "first visit");

    [Theory]
    [InlineData("Reviewed in Room 6 with her sister.", "Room", "6")]
    [InlineData("Resident in room B, nights settled.", "room", "B")]
    [InlineData("Prison clinic, cell 4-17, seen at the door.", "cell", "4-17")]
    [InlineData("Transferred to bay C, bed 3.", "bed", "3")]
    public void ARoomCellOrBedNumber_ChangesAndItsWordStays(string text, string word, string number)
    {
        var result = Scrub.Run(text);
        Scrub.Gone(result, number);
        Assert.Contains(word, result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Came to New Zealand in 2011 via Samoa.", "2011")]
    [InlineData("Seen at 1545 via Teams.", "1545")]
    public void AYearOrATimeBeforeVia_IsKept(string text, string figure) => Scrub.Kept(Scrub.Run(text), figure);

    [Theory]
    [InlineData("Copy of the letter from R. Threlkeld attached.", "Threlkeld")]
    [InlineData("Spoke with T. Ngarimu about transport.", "Ngarimu")]
    public void AnUnlistedSurnameAfterAnInitialMidSentence_IsReplaced(string text, string surname) => Scrub.Gone(Scrub.Run(text), surname);

    [Fact]
    public void AWordAfterAnAssistanceGrade_IsKept() => Scrub.Kept(Scrub.Run("Transfers mod A. Mobilised 20 m with frame."), "Mobilised");

    [Theory]
    [InlineData("Became a member of the RMT last year.", "RMT")]
    [InlineData("Joined the RNZAF at nineteen.", "RNZAF")]
    public void AnAcronymSomeoneBelongsTo_IsReplaced(string text, string acronym) => Scrub.Gone(Scrub.Run(text), acronym);

    [Fact]
    public void AClinicalAcronymAfterMemberOf_IsKept() => Scrub.Kept(Scrub.Run("A member of the MDT will call."), "MDT");
}
