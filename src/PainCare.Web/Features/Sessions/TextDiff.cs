using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace PainCare.Web.Features.Sessions;

public enum DiffKind
{
    Unchanged = 0,
    Added = 1,
    Removed = 2,
}

public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// A word-level diff of two versions of a narrative, by DiffPlex (docs/decisions/0102-libraries-replacing-hand-written-parts.md).
/// Whitespace is kept as its own token so the segments rebuild both versions exactly.
/// </summary>
public static partial class TextDiff
{
    /// <summary>
    /// Versions that must differ by more than this many words are shown as one removal and one addition: a rewritten
    /// 100,000-character note took DiffPlex about 10 s of circuit time, and a word-by-word view of it is no clearer.
    /// </summary>
    private const int MaxEdits = 4_000;

    private static readonly CustomFunctionChunker _words = new(text => Token().Matches(text).Select(m => m.Value).ToArray());

    public static IReadOnlyList<DiffSegment> Compare(string before, string after)
    {
        if (MinimumEdits(before, after) > MaxEdits)
        {
            return [new DiffSegment(DiffKind.Removed, before), new DiffSegment(DiffKind.Added, after)];
        }

        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, _words);
        var segments = new List<DiffSegment>();
        var unchangedFrom = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(segments, DiffKind.Unchanged, diff.PiecesOld, unchangedFrom, block.DeleteStartA - unchangedFrom);
            Add(segments, DiffKind.Removed, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffKind.Added, diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            unchangedFrom = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffKind.Unchanged, diff.PiecesOld, unchangedFrom, diff.PiecesOld.Count - unchangedFrom);
        return segments;
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(Enumerable.Range(start, count).Select(i => pieces[i]));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    /// <summary>
    /// A lower bound on the edits, in linear time: every word one version has more often than the other must be
    /// removed or added. It catches a pasted-over note before the diff's cost grows with the square of its length.
    /// </summary>
    private static int MinimumEdits(string before, string after)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(before))
        {
            counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
        }

        foreach (Match word in Word().Matches(after))
        {
            counts[word.Value] = counts.GetValueOrDefault(word.Value) - 1;
        }

        return counts.Values.Sum(Math.Abs);
    }

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"[^\s]+")]
    private static partial Regex Word();
}
