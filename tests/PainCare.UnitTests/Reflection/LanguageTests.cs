using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class LanguageTests
{
    private static readonly string[] _absence = [Categories.MinuteParticulars, Categories.PersonFocus, Categories.SharedDecision];

    private const string Swedish =
        "Hon kom in till mottagningen och satt tyst en lång stund. Hon sa att smärtan i ländryggen har blivit värre sedan olyckan " +
        "förra vintern, och att hon inte längre orkar gå till jobbet. När jag rörde vid hennes axel ryckte hon till och höll andan. " +
        "Vi pratade om en plan med träning två gånger i veckan, och hon var rädd att det skulle göra ont. Trauma i anamnesen.";

    private const string Spanish =
        "La paciente llegó tarde y dijo que el dolor de espalda no ha cambiado desde el accidente de tráfico. Tiene miedo de moverse " +
        "y llora cuando la toco en el hombro. Su marido trabaja de noche y ella cuida sola de los niños. Hablamos de un plan de " +
        "ejercicios y de una posible cirugía, pero estaba muy cansada y con rabia. Hay trauma y violencia en su historia.";

    [Theory]
    [InlineData(Swedish)]
    [InlineData(Spanish)]
    public void NonEnglishParagraph_YieldsOnlyAbsenceCategories(string text)
    {
        var categories = Reflect.Categories(text);

        Assert.All(categories, c => Assert.Contains(c, _absence));
    }

    [Fact]
    public void EnglishNoteWithASpanishParagraph_StillFiresOnTheEnglish()
    {
        var categories = Reflect.Categories("She flinched as I touched the scar.\n\n" + Spanish);

        Assert.Contains(Categories.SafetyCue, categories);
        Assert.DoesNotContain(Categories.TraumaInformed, categories);
    }

    [Fact]
    public void ClippedEnglishNote_IsNotMistakenForForeign()
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories("L knee. Flexion 100. Guarding ++ on McMurray."));
    }
}
