namespace PainCare.UnitTests.Deidentification;

/// <summary>Clinical shorthand joined to a letter, an eponym before such a word, and ages in words written as shorthand or before a birth date.</summary>
public sealed class LetterWordAndWordAgeTests
{
    [Theory]
    [InlineData("Imaging of the L-spine was normal.", "L-spine")]
    [InlineData("Fitted at K-level 3 last year.", "K-level")]
    [InlineData("Positive Kessler H-test on the left.", "Kessler H-test")]
    public void ALetterJoinedToAClinicalWord_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Theory]
    [InlineData("Resident Ivy Tane (seventy-two y/o) had a fall.", "seventy-two y/o")]
    [InlineData("Mrs Pomare, 88 (born 4.2.1938), lives alone.", "88")]
    public void AnExactAge_IsReplaced(string text, string age) => Scrub.Gone(Scrub.Run(text), age);
}
