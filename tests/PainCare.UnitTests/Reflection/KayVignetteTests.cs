using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>The composite case in the Conversational Model paper (seed 000): a long first-person narrative.</summary>
public sealed class KayVignetteTests
{
    [Fact]
    public void KayVignette_FiresThePresenceCategoriesAndNeitherPersonNorParticularsAbsence()
    {
        var categories = Reflect.Categories(Vignette());

        Assert.Contains(Categories.SafetyCue, categories);
        Assert.Contains(Categories.Attunement, categories);
        Assert.Contains(Categories.Rupture, categories);
        Assert.Contains(Categories.Connection, categories);
        Assert.Contains(Categories.TraumaInformed, categories);
        Assert.DoesNotContain(Categories.MinuteParticulars, categories);
        Assert.DoesNotContain(Categories.PersonFocus, categories);
    }

    [Fact]
    public void KayVignette_RecoilAndPerspirationAreTheEvidence()
    {
        var evidence = Reflect.Evidence(Vignette(), Categories.SafetyCue);

        Assert.Contains("recoiled", evidence);
        Assert.Contains("perspire", evidence);
    }

    private static string Vignette()
    {
        var text = File.ReadAllText(SharedFiles.File("seeds", "000_*"));
        var start = text.IndexOf("Kay, a 53-year-old", StringComparison.Ordinal);
        var end = text.IndexOf("Conclusion", start > 0 ? start : 0, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "Kay vignette not found in seed 000");
        return text[start..end];
    }
}
