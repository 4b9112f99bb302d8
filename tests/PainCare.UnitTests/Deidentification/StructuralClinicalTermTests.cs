namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Clinical terms no list holds survive by their shape (a title-case run before a head noun, an exercise word, a dose or a
/// drug stem), while a person, place or firm followed by the same kind of word is still found. Terms are invented.
/// </summary>
public sealed class StructuralClinicalTermTests
{
    [Theory]
    [InlineData("We went through the Quenby Shoulder Function Index at the start.", "Quenby Shoulder Function Index")]
    [InlineData("He scored 31 on the Marlowe Fatigue Scale today.", "Marlowe Fatigue Scale")]
    [InlineData("I repeated the Tresham Test and it reproduced the ache.", "Tresham Test")]
    [InlineData("Orwin Sign was negative on both sides.", "Orwin Sign")]
    [InlineData("She has had Kelmscott disease since her twenties.", "Kelmscott disease")]
    [InlineData("Fenwick palsy was ruled out by the neurologist.", "Fenwick palsy")]
    [InlineData("We used the Dray and Pell Recovery Questionnaire again.", "Dray and Pell Recovery Questionnaire")]
    public void TitleCaseRunBeforeClinicalHead_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Theory]
    [InlineData("Plan: continue the Haverley press, three sets.", "Haverley press")]
    [InlineData("We added the Crandon hamstring drill to her programme.", "Crandon hamstring drill")]
    [InlineData("She enjoys the Tamsin Pilates class on Thursdays.", "Tamsin Pilates class")]
    [InlineData("He has started Renwick walking programme work at home.", "Renwick walking programme")]
    public void ExerciseOrClassName_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Theory]
    [InlineData("Her GP started Zelvano 50 mg at night.", "Zelvano 50 mg")]
    [InlineData("He has tried Quorlin SR for the mornings.", "Quorlin SR")]
    [InlineData("Her GP had already tried Vemaprofen before the referral.", "Vemaprofen")]
    [InlineData("We talked about stopping Talicoxib altogether.", "Talicoxib")]
    [InlineData("She was unsure whether Velcarbazepine would help.", "Velcarbazepine")]
    public void BrandBeforeDoseOrDrugStem_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Theory]
    [InlineData("Smith Street Clinic referred him for the knee.", "Smith Street Clinic")]
    [InlineData("Her sister Quenby and Tamsin walk the dog each evening.", "Tamsin")]
    [InlineData("Her husband Haverley press the point about money.", "Haverley")]
    [InlineData("Dr Tresham Test ran the clinic that day.", "Tresham")]
    public void PersonOrPlaceBeforeSuchAWord_IsStillReplaced(string text, string identifier) => Scrub.Gone(Scrub.Run(text), identifier);

    [Fact]
    public void RecordName_BeforeAClinicalHead_IsStillReplaced()
    {
        var result = Scrub.Run("Marlowe Fatigue Scale was filled in by Marlowe herself.", "Ada Marlowe");
        Scrub.Gone(result, "Marlowe");
    }

    [Fact]
    public void ListedEponym_TakesItsTitleCaseHeadAlong()
    {
        Scrub.Kept(Scrub.Run("She completed the Romberg Test at the first visit."), "Romberg Test");
    }
}
