using System.Text.Json;
using PainCare.Reflection;
using PainCare.Reflection.Model;

namespace PainCare.Cli.Commands;

/// <summary>True positives, false positives and false negatives of one category over a set of narratives.</summary>
public sealed record CategoryScore(string Category, int Tp, int Fp, int Fn)
{
    public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

    public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>One narrative the module got wrong: the categories it missed and the ones it offered wrongly.</summary>
public sealed record ReflectionMiss(string Id, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra);

/// <summary>Per-category scores and micro-averaged precision, recall and F1 over all categories.</summary>
public sealed record ReflectionScore(int Items, IReadOnlyList<CategoryScore> Categories, IReadOnlyList<ReflectionMiss> Misses)
{
    public int Tp => Categories.Sum(c => c.Tp);

    public int Fp => Categories.Sum(c => c.Fp);

    public int Fn => Categories.Sum(c => c.Fn);

    public double MicroPrecision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

    public double MicroRecall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

    public double MicroF1 => (2 * Tp) + Fp + Fn == 0 ? 1 : 2.0 * Tp / ((2 * Tp) + Fp + Fn);
}

/// <summary>
/// Scores the reflection module as shared/docs/reflection-taxonomy.md defines: <c>expect</c> lists every category that
/// should fire and every other category should not; categories listed in <c>disputed</c> are left out of the score.
/// </summary>
public static class EvalReflection
{
    public static ReflectionScore Score(IReadOnlyList<JsonElement> items, ReflectionEngine engine)
    {
        var counts = Categories.All.ToDictionary(c => c, _ => new int[3], StringComparer.Ordinal);
        var misses = new List<ReflectionMiss>();
        foreach (var item in items)
        {
            var id = item.GetProperty("id").GetString()!;
            var expected = Strings(item, "expect");
            var unknown = expected.Where(c => !Categories.All.Contains(c)).ToList();
            if (unknown.Count > 0)
            {
                throw new FormatException($"item '{id}' expects unknown categories: {string.Join(", ", unknown)}");
            }

            var disputed = Strings(item, "disputed");
            var input = new ReflectionInput(item.GetProperty("text").GetString()!) { NoteId = id };
            var offered = engine.Reflect(input).Select(p => p.Category).ToHashSet(StringComparer.Ordinal);
            var missed = new List<string>();
            var extra = new List<string>();
            foreach (var category in Categories.All.Where(c => !disputed.Contains(c)))
            {
                var want = expected.Contains(category);
                var got = offered.Contains(category);
                var slot = want && got ? 0 : got ? 1 : want ? 2 : -1;
                if (slot >= 0)
                {
                    counts[category][slot]++;
                }

                (slot == 1 ? extra : slot == 2 ? missed : null)?.Add(category);
            }

            if (missed.Count + extra.Count > 0)
            {
                misses.Add(new ReflectionMiss(id, missed, extra));
            }
        }

        var categories = Categories.All.Select(c => new CategoryScore(c, counts[c][0], counts[c][1], counts[c][2])).ToList();
        return new ReflectionScore(items.Count, categories, misses);
    }

    private static HashSet<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
            : [];
}
