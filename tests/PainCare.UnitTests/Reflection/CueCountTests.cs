using PainCare.Reflection;

namespace PainCare.UnitTests.Reflection;

/// <summary>The cue counts report every match once, under the reason it was kept or dropped.</summary>
public sealed class CueCountTests
{
    private static IReadOnlyDictionary<string, int> Counts(string text) => ReflectionEngine.Default.CueCounts(text);

    [Fact]
    public void AFeelingTheNoteDenies_IsCountedAsNegatedNotKept()
    {
        var counts = Counts("She was not tearful at any point while we planned the walking programme.");
        Assert.Equal(0, counts["affect.tears/Kept"]);
        Assert.True(counts["affect.tears/Negated"] > 0);
    }

    [Fact]
    public void ARelativesAnger_IsCountedAsSomeoneElses()
    {
        var counts = Counts("His daughter was livid at the council over the parking fines.");
        Assert.Equal(0, counts["affect.strong/Kept"]);
        Assert.True(counts["affect.strong/OtherPerson"] > 0);
    }

    [Fact]
    public void TheCountsHoldNoTextAndCountTheWords()
    {
        var counts = Counts("He sobbed as he told me about losing the farm.");
        Assert.True(counts["affect.tears/Kept"] > 0);
        Assert.True(counts["words"] >= 10);
        Assert.All(counts.Keys, k => Assert.DoesNotContain("farm", k, StringComparison.OrdinalIgnoreCase));
    }
}
