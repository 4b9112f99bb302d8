using System.Text.RegularExpressions;

namespace PainCare.Domain.Narratives;

public enum DiffKind
{
    Unchanged = 0,
    Added = 1,
    Removed = 2,
}

public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// A word-level diff of two versions of a narrative (Myers' O(ND) algorithm). Whitespace is kept as its own token so the
/// segments rebuild both versions exactly.
/// </summary>
public static partial class TextDiff
{
    /// <summary>Beyond this many edits the versions are shown as one removal and one addition: cheaper, and no clearer.</summary>
    private const int MaxEdits = 4_000;

    public static IReadOnlyList<DiffSegment> Compare(string before, string after)
    {
        var a = Tokenise(before);
        var b = Tokenise(after);
        var edits = ShortestEditScript(a, b);
        return edits is null ? Whole(before, after) : Merge(edits);
    }

    private static string[] Tokenise(string text) => Token().Matches(text).Select(m => m.Value).ToArray();

    private static List<(DiffKind Kind, string Token)>? ShortestEditScript(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m, offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= Math.Min(max, MaxEdits); d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, a, b, offset, d);
                }
            }
        }

        return null;
    }

    private static List<(DiffKind, string)> Backtrack(List<int[]> trace, string[] a, string[] b, int offset, int depth)
    {
        var result = new List<(DiffKind, string)>();
        int x = a.Length, y = b.Length;
        for (var d = depth; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var previousX = v[offset + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                result.Add((DiffKind.Unchanged, a[--x]));
                y--;
            }

            result.Add(x == previousX ? (DiffKind.Added, b[--y]) : (DiffKind.Removed, a[--x]));
        }

        while (x > 0)
        {
            result.Add((DiffKind.Unchanged, a[--x]));
        }

        result.Reverse();
        return result;
    }

    private static List<DiffSegment> Merge(List<(DiffKind Kind, string Token)> edits)
    {
        var segments = new List<DiffSegment>();
        var start = 0;
        for (var i = 1; i <= edits.Count; i++)
        {
            if (i == edits.Count || edits[i].Kind != edits[start].Kind)
            {
                segments.Add(new DiffSegment(edits[start].Kind, string.Concat(edits.Skip(start).Take(i - start).Select(e => e.Token))));
                start = i;
            }
        }

        return segments;
    }

    private static List<DiffSegment> Whole(string before, string after) =>
        [new DiffSegment(DiffKind.Removed, before), new DiffSegment(DiffKind.Added, after)];

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Token();
}
