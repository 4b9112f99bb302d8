namespace PainCare.UnitTests.Deidentification;

/// <summary>Rooms and cells by code, pager numbers, an age set just before a birth date, and a word-surname before a credential.</summary>
public sealed class RoomPagerAgeAndCredentialTests
{
    [Theory]
    [InlineData("Resident in room C12 since March.", "C12")]
    [InlineData("Seen at the door of housing unit K4-A-17.", "K4-A-17")]
    [InlineData("Any concerns, bleep 2231.", "2231")]
    public void ARoomCodeOrAPagerNumber_IsReplaced(string text, string value) => Scrub.Gone(Scrub.Run(text), value);

    [Fact]
    public void ARoomWithAPlainNumber_KeepsItsWordAndChangesItsNumber()
    {
        var result = Scrub.Run("Room 4 was free, so we used the plinth there.");
        Scrub.Gone(result, "4");
        Scrub.Kept(result, "Room");
    }

    [Theory]
    [InlineData("Dancer: Zara Quill, soloist, 31, DOB 1994/02/11.", "31")]
    [InlineData("mrs PEARL ATTWOOD, eighty-two, d.o.b. 2nd of May 1943, widowed.", "eighty-two")]
    [InlineData("Ana Ruiz, 44, born in Cali, works nights.", "44")]
    [InlineData("Pt: Ines Varga, CHI 0101011234, 42, of Flat 2, 9 Mill Rd.", "42")]
    public void ANumberSetOffBeforeABirthDateOrAnAddress_IsAnAge(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Fact]
    public void ASetCountBeforeTheWordBorn_IsKept() => Scrub.Kept(Scrub.Run("Sets: 3, 10, born of habit more than plan."), "10");

    [Fact]
    public void ARepCountBeforeOf_IsKept() => Scrub.Kept(Scrub.Run("Reps: 3, 12, of each exercise."), "12");

    [Fact]
    public void ASurnameThatIsAWord_BeforeACredential_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Please notify the trainer. - C. Marsh, DPT"), "Marsh");

    [Fact]
    public void AnEverydayWordBeforeANumberLabel_IsKeptAsAFieldName() =>
        Scrub.Kept(Scrub.Run("Her Registration no. 55512 is on file."), "Registration no.");
}
