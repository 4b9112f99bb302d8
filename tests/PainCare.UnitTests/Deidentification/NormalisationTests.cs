namespace PainCare.UnitTests.Deidentification;

/// <summary>Invisible format characters and look-alike letters must not hide a name from the scrubber or the final scan.</summary>
public sealed class NormalisationTests
{
    [Theory]
    [InlineData("\u00AD")]
    [InlineData("\u200B")]
    [InlineData("\u2060")]
    [InlineData("\uFEFF")]
    public void InvisibleCharacterInsideKnownName_IsStillReplaced_AndOutputComesFromOriginal(string invisible)
    {
        var text = $"Seen today: Mar{invisible}garet Quill reports less pain. She walks daily.";
        var result = Scrub.Run(text, "Margaret Quill");
        Assert.DoesNotContain("Mar", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quill", result.Text, StringComparison.Ordinal);
        Assert.EndsWith(" reports less pain. She walks daily.", result.Text, StringComparison.Ordinal);
        var replaced = result.Replacements.First(r => r.Original.StartsWith("Mar", StringComparison.Ordinal));
        Assert.Equal($"Mar{invisible}garet", replaced.Original);
        Assert.Equal($"Mar{invisible}garet", text[replaced.Start..replaced.End]);
    }

    [Theory]
    [InlineData("\u00AD")]
    [InlineData("\u200B")]
    [InlineData("\u2060")]
    public void FinalScan_FindsKnownName_ThroughInvisibleCharacter(string invisible)
    {
        var text = $"Plan agreed with Qu{invisible}ill today.";
        var leak = Assert.Single(PainCare.Deidentification.KnownIdentifierScan.Find(text, ["Margaret Quill"]));
        Assert.Equal($"Qu{invisible}ill", leak.Text);
    }

    [Fact]
    public void FinalScan_FindsKnownName_WrittenWithCyrillicLookAlike()
    {
        var text = "Plan agreed with Margar\u0435t today.";
        var leak = Assert.Single(PainCare.Deidentification.KnownIdentifierScan.Find(text, ["Margaret Quill"]));
        Assert.Equal("Margar\u0435t", leak.Text);
    }

    [Fact]
    public void CyrillicLookAlikeInName_IsReplaced_ButGenuineCyrillicWordIsLeftAsWritten()
    {
        var result = Scrub.Run("Margar\u0435t said \u0434\u044f\u043a\u0443\u044e after the session.", "Margaret Quill");
        Assert.DoesNotContain("Margar", result.Text, StringComparison.Ordinal);
        Assert.Contains("\u0434\u044f\u043a\u0443\u044e", result.Text, StringComparison.Ordinal);
    }
}
