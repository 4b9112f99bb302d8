using PainCare.Web.Features.Sessions;

namespace PainCare.UnitTests.Narratives;

public sealed class TextDiffTests
{
    [Fact]
    public void IdenticalVersions_AreOneUnchangedSegment()
    {
        var segments = TextDiff.Compare("She held her breath.", "She held her breath.");

        var segment = Assert.Single(segments);
        Assert.Equal(DiffKind.Unchanged, segment.Kind);
    }

    [Fact]
    public void InsertedWords_AreMarkedAdded_AndTheRestUnchanged()
    {
        var segments = TextDiff.Compare("She held her breath.", "She suddenly held her breath.");

        Assert.Equal(new DiffSegment(DiffKind.Added, "suddenly "), Assert.Single(segments, s => s.Kind != DiffKind.Unchanged));
    }

    [Fact]
    public void ReplacedWord_IsOneRemovalAndOneAddition()
    {
        var segments = TextDiff.Compare("Pain 7/10 before.", "Pain 6/10 before.");

        Assert.Contains(new DiffSegment(DiffKind.Removed, "7/10"), segments);
        Assert.Contains(new DiffSegment(DiffKind.Added, "6/10"), segments);
    }

    [Theory]
    [InlineData("", "New text entirely")]
    [InlineData("Old text entirely", "")]
    [InlineData("a b c d e f", "f e d c b a")]
    [InlineData("Line one\nLine two\n\nLine four", "Line one\nLine 2\nLine three\n\nLine four!")]
    public void Segments_RebuildBothVersionsExactly(string before, string after)
    {
        var segments = TextDiff.Compare(before, after);

        Assert.Equal(before, string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
    }

    [Fact]
    public void LongNarratives_WithFewEdits_DiffQuickly()
    {
        var words = Enumerable.Range(0, 15_000).Select(i => $"word{i % 97}");
        var before = string.Join(' ', words);
        var after = before.Replace("word13 word14", "word13 changed word14", StringComparison.Ordinal);

        var segments = TextDiff.Compare(before, after);

        Assert.Equal(after, string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.True(segments.Count(s => s.Kind == DiffKind.Added) >= 1);
    }

    [Fact]
    public void PastedOverNote_IsOneRemovalAndOneAddition_WithoutAWordByWordSearch()
    {
        var before = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"old{i}"));
        var after = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"new{i}"));

        var segments = TextDiff.Compare(before, after);

        Assert.Equal([new DiffSegment(DiffKind.Removed, before), new DiffSegment(DiffKind.Added, after)], segments);
    }
}
