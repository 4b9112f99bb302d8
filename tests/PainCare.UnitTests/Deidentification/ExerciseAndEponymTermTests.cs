namespace PainCare.UnitTests.Deidentification;

/// <summary>Exercise names, methods, brands and eponyms that a probe found replaced; a bare surname or town still is not kept.</summary>
public sealed class ExerciseAndEponymTermTests
{
    [Theory]
    [InlineData("Pallof press came up again today.", "Pallof press")]
    [InlineData("We talked about Nordic walking and his goals for the month.", "Nordic walking")]
    [InlineData("Cossack squat added to the gym card.", "Cossack squat")]
    [InlineData("Schroth work for the curve continues.", "Schroth")]
    [InlineData("Dencorub before bed helps a little.", "Dencorub")]
    [InlineData("Tramacet came up again today.", "Tramacet")]
    [InlineData("Haglund's came up again today.", "Haglund's")]
    [InlineData("Long COVID since the winter, with fatigue after effort.", "Long COVID")]
    [InlineData("Karnofsky recorded by the oncology team.", "Karnofsky")]
    public void ClinicalTermInTitleCase_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Theory]
    [InlineData("Butler rang to move the appointment.", "Butler")]
    [InlineData("He moved down from Bournemouth last spring.", "Bournemouth")]
    public void SurnameOrTownThatAlsoNamesAMethod_IsStillReplaced(string text, string identifier) => Scrub.Gone(Scrub.Run(text), identifier);
}
