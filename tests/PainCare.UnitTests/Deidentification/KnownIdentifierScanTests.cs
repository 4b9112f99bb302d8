using PainCare.Deidentification;

namespace PainCare.UnitTests.Deidentification;

public sealed class KnownIdentifierScanTests
{
    [Fact]
    public void KnownNames_AreFoundInAnySpelling_WithTheirPlaces()
    {
        const string text = "LEONIE arrived. Later Leonie's sister and Ms Hartley's neighbour came.";

        var leaks = KnownIdentifierScan.Find(text, ["Leonie Hartley"]);

        Assert.Equal(["LEONIE", "Leonie", "Hartley"], leaks.Select(l => l.Text));
        Assert.All(leaks, l => Assert.Equal(l.Text, text[l.Start..l.End]));
    }

    [Fact]
    public void CleanText_HasNoLeaks()
    {
        Assert.Empty(KnownIdentifierScan.Find("She arrived early and sat by the window; her sister came later.", ["Leonie Hartley", "Claire Hartley"]));
    }
}
