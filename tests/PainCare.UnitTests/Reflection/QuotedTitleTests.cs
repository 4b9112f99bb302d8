using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A quotation straight after the thing it names (a session, leaflet, video or course title) is nobody's words, so it
/// is no minute particular; the patient's own quoted words still are.
/// </summary>
public sealed class QuotedTitleTests
{
    [Theory]
    [InlineData("Group education session - 'Moving with confidence', 8 pts. Covered pacing and flare plans.")]
    [InlineData("Gave her the leaflet \"Your back: the facts\". Lumbar ROM full.")]
    [InlineData("Recommended the video 'Tame the beast' and the pain app. Review 4/52.")]
    public void QuotedTitleOnly_FiresMinuteParticulars(string text)
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She called it \"the beast\" and laughed.")]
    [InlineData("He described the programme as 'a load of rubbish'.")]
    public void PatientsOwnQuotedWords_DoNotFireMinuteParticulars(string text)
    {
        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories(text));
    }
}
