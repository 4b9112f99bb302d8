namespace PainCare.UnitTests.Deidentification;

/// <summary>Surnames used as physiotherapy methods, brand models and strengths, and a signature line that looks like a heading.</summary>
public sealed class MethodEponymAndSignatureTests
{
    [Theory]
    [InlineData("Continued McKenzie extension in lying, ten times.", "McKenzie")]
    [InlineData("Grade III Maitland glides to the talocrural joint.", "Maitland")]
    [InlineData("Rockwood III on the right, managed without surgery.", "Rockwood III")]
    [InlineData("Taught Mulligan SNAGs for the neck.", "Mulligan")]
    public void AMethodsEponym_BeforeItsTechnique_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Theory]
    [InlineData("Mrs McKenzie rang to rebook.", "McKenzie")]
    [InlineData("Orla Maitland said the stairs were easier.", "Maitland")]
    [InlineData("Maitland said she would bring the forms.", "Maitland")]
    public void AMethodsEponym_UsedAsAPersonsName_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Theory]
    [InlineData("Trial of the Ottobock Kestra-Flex K3 foot.", "Ottobock Kestra-Flex K3")]
    [InlineData("Advil Extra Strength at night.", "Advil Extra Strength")]
    [InlineData("Joined a CBT-based pain group.", "CBT-based")]
    public void ABrandsModelStrengthOrACompound_IsKept(string text, string term) => Scrub.Kept(Scrub.Run(text), term);

    [Fact]
    public void ASignatureLineWithCredentials_LosesTheUnknownName() =>
        Scrub.Gone(Scrub.Run("Walked 2 km today.\n- Tove Brannstrom, PT, DPT"), "Brannstrom");

    [Fact]
    public void AHeadingOfEverydayWords_IsKept() =>
        Scrub.Kept(Scrub.Run("Telehealth Review - Persistent Pain Service\nWalked 2 km today."), "Telehealth Review");

    [Theory]
    [InlineData("04/2021: slipped on the ramp at work.", "04/2021")]
    [InlineData("Flare since 11/2019 after the move.", "11/2019")]
    public void AMonthAndYearInFigures_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);
}
