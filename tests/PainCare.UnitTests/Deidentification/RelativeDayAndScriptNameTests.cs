namespace PainCare.UnitTests.Deidentification;

/// <summary>Ordinal days of a month named by where it stands, weeks ending, ages "nearly" said, and names in East Asian script.</summary>
public sealed class RelativeDayAndScriptNameTests
{
    [Theory]
    [InlineData("Hurt at training on the 14th inst.", "14th")]
    [InlineData("Letter of the 29th ult. received.", "29th")]
    [InlineData("Injured at the ground, 8th of this month.", "8th")]
    [InlineData("Team report, w/e 12/1.", "12/1")]
    public void ADayNamedAgainstTheCurrentMonthOrWeek_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Fact]
    public void AnAgeSaidAsNearly_IsReplacedWhole() =>
        Scrub.Gone(Scrub.Run("Her son Tomasz, nearly 12, waits in the car."), "nearly 12");

    [Fact]
    public void ANameInChineseCharacters_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Mother Wang Fang (王芳) interpreted for her."), "王芳");
}
