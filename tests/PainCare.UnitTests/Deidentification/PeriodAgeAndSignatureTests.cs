namespace PainCare.UnitTests.Deidentification;

/// <summary>Dates that name a quarter or a feast, days over months, ages told of a client or worked out from a birth date, and letters signed off formally.</summary>
public sealed class PeriodAgeAndSignatureTests
{
    [Theory]
    [InlineData("The audit covered Q2 2023 for this clinic.", "Q2 2023")]
    [InlineData("Her flare began over Easter 2021 while camping.", "Easter 2021")]
    [InlineData("Group resumes 17/4 in the small hall.", "17/4")]
    [InlineData("Tendon repair 07/10, splint for six weeks.", "07/10")]
    [InlineData("r/v 22/6 with the new orthotics.", "22/6")]
    [InlineData("Diary for the week beginning 9/8 shows three flares.", "9/8")]
    [InlineData("Swelling worse since 21-Sep, now settling.", "21-Sep")]
    public void ADateNarrowerThanAYear_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Theory]
    [InlineData("Offers support 24/7 through the helpline.", "24/7")]
    [InlineData("Pain was 7/10 at rest and 4/10 after the walk.", "7/10")]
    public void AScoreOrAPhraseWithASlash_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Theory]
    [InlineData("The claimant is fifty-eight and has driven buses for years.", "fifty-eight")]
    [InlineData("Forty-seven years of age, right-hand dominant.", "Forty-seven")]
    [InlineData("Born 9 Oct 1971, so 54, and still farming.", "54")]
    [InlineData("She is 63yrs and lives alone.", "63yrs")]
    [InlineData("DOB 4/7/1969 (56), retired fitter.", "(56)")]
    public void AnExactAge_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);

    [Fact]
    public void AFormalLetterSignature_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Many thanks for seeing him.\n\nYours sincerely,\nRangimarie Tautahi, Practice Nurse"), "Rangimarie", "Tautahi");

    [Fact]
    public void ASurnameAfterAnInitial_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Reviewer: P. Szczepanski, senior physiotherapist."), "Szczepanski");
}
