namespace PainCare.UnitTests.Deidentification;

/// <summary>A usual name written before a bracket that gives the full or pet name, and bodies named after a form's label.</summary>
public sealed class NameBeforeBracketAndLabelledBodyTests
{
    [Theory]
    [InlineData("Home visit. Bertie (Albert Quarshie, b. 1949) was in his chair by the window.", "Bertie")]
    [InlineData("Tilda ('Tilly') Pennefather came with her walker.", "Tilda")]
    [InlineData("Hx: Grace (Gracie to her grandchildren) reports better sleep.", "Grace")]
    public void AUsualNameBeforeABracketWithAName_IsReplaced(string text, string name) => Scrub.Gone(Scrub.Run(text), name);

    [Fact]
    public void ADrugBeforeItsGenericInBrackets_Stays() => Scrub.Kept(Scrub.Run("Continues Lyrica (pregabalin) 150 mg each evening."), "Lyrica");

    [Fact]
    public void ATemplateCodeInCapitalsBeforeABracket_Stays() => Scrub.Kept(Scrub.Run(".PAINREVIEW (version 4, updated) loaded"), ".PAINREVIEW");

    [Theory]
    [InlineData("Benefits: Kestrel Ridge Benefits, policy 44-1902", "Kestrel Ridge")]
    [InlineData("CHURCH: ST BRENDAN'S, TUAM", "BRENDAN")]
    [InlineData("University: Otago Polytechnic, second year", "Otago Polytechnic")]
    public void ABodyNamedAfterItsLabel_IsReplaced(string text, string body) => Scrub.Gone(Scrub.Run(text), body);
}
