using PainCare.Deidentification;

namespace PainCare.UnitTests.Deidentification;

/// <summary>The final scan reads a reviewed vignette with the whole recogniser set, not just the patient's names.</summary>
public sealed class FinalScanTests
{
    private const string Paragraph = "Added after review: she was born on 03/04/1971, she is 53, lives in Parramatta, works at Officeworks and her friend Delphine Marchetti visited on 12 March 2024.";

    [Fact]
    public void TypedParagraph_EveryKindOfIdentifier_IsFlagged()
    {
        var hits = FinalScan.Find(Paragraph, ["Odile Ferrand", "03/04/1971"]);
        foreach (var expected in new[] { "03/04/1971", "53", "Parramatta", "Officeworks", "Delphine", "Marchetti", "12 March 2024" })
        {
            Assert.Contains(hits, h => h.Text.Contains(expected, StringComparison.Ordinal));
        }

        Assert.True(hits.Single(h => h.Text == "03/04/1971").IsKnown);
        Assert.False(hits.Single(h => h.Text == "Parramatta").IsKnown);
    }

    [Fact]
    public void SubstitutesAlreadyPlaced_AreNotFlaggedAgain()
    {
        var hits = FinalScan.Find("Rhona walked further this week.", ["Odile Ferrand"], placed: ["Rhona"]);
        Assert.Empty(hits);
    }

    [Fact]
    public void Apply_ReplacesAllButKeptHits_AndReadsNaturally()
    {
        var hits = FinalScan.Find(Paragraph, ["Odile Ferrand", "03/04/1971"]);
        var text = FinalScan.Apply(Paragraph, hits, h => h.Text == "Officeworks");
        Assert.Contains("Officeworks", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Parramatta", text, StringComparison.Ordinal);
        Assert.DoesNotContain("03/04/1971", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PseudonymKey_GivesThePatientTheSameSurrogateAcrossTexts()
    {
        var options = new DeidentificationOptions(PseudonymKey: "author-1:patient-9");
        var first = new Deidentifier(options).Deidentify(new DeidentificationRequest("Odile Ferrand came alone.", ["Odile Ferrand"]));
        var second = new Deidentifier(options).Deidentify(new DeidentificationRequest("Her pain eased. Odile smiled on her way out.", ["Odile Ferrand"]));
        Assert.Equal(first.Replacements.First(r => r.Original == "Odile").Surrogate, second.Replacements.First(r => r.Original == "Odile").Surrogate);
    }
}
