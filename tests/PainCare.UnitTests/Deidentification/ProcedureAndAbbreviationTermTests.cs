namespace PainCare.UnitTests.Deidentification;

/// <summary>Clinical words that look like names: an eponym before any procedure word, plural abbreviations, X-rays.</summary>
public sealed class ProcedureAndAbbreviationTermTests
{
    [Theory]
    [InlineData("She had a Weil osteotomy on the second toe.", "Weil osteotomy")]
    [InlineData("Listed for a Brostrom arthroplasty next spring.", "Brostrom arthroplasty")]
    public void AnEponymBeforeAProcedureWord_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void APluralAbbreviation_IsKept() => Scrub.Kept(Scrub.Run("Both KAFOs were refitted after the growth spurt."), "KAFOs");

    [Fact]
    public void XRaysOpeningASentence_AreKept() => Scrub.Kept(Scrub.Run("Plain films taken. X-rays show mild joint space narrowing."), "X-rays");
}
