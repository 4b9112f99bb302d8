using System.Globalization;
using System.Text.Json;
using PainCare.Reflection;
using PainCare.Reflection.Batch;
using PainCare.Reflection.Model;
using Xunit.Abstractions;

namespace PainCare.UnitTests.Reflection;

/// <summary>Scores the batch path against the labelled dev set (shared/eval/reflection-dev.jsonl).</summary>
public sealed class ReflectionEvaluationTests(ITestOutputHelper output)
{
    private const double RequiredMicroF1 = 0.85;

    [Fact]
    public async Task DevSet_MicroF1_IsAtLeast085()
    {
        var path = DevSetPath();
        var lines = (await File.ReadAllLinesAsync(path)).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var expected = lines.Select(Expected).ToList();

        using var input = new StringReader(string.Join('\n', lines));
        using var batchOutput = new StringWriter();
        var summary = await new JsonlBatch(ReflectionEngine.Default).RunAsync(input, batchOutput);
        var actual = batchOutput.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Actual).ToList();

        Assert.Equal(0, summary.Errors);
        Assert.Equal(expected.Count, actual.Count);
        var scores = Score(expected, actual);
        output.WriteLine($"{"category",-20} {"P",6} {"R",6} {"F1",6}  tp fp fn");
        foreach (var (category, s) in scores.PerCategory)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category,-20} {s.Precision,6:F2} {s.Recall,6:F2} {s.F1,6:F2}  {s.Tp,2} {s.Fp,2} {s.Fn,2}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"micro-F1 {scores.MicroF1:F3} over {expected.Count} narratives"));
        Assert.True(scores.MicroF1 >= RequiredMicroF1, $"micro-F1 {scores.MicroF1:F3} is below {RequiredMicroF1}");
    }

    private static string DevSetPath() => SharedFiles.File("eval", "reflection-dev.jsonl");

    private static (string Id, IReadOnlySet<string> Categories) Expected(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var categories = root.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        Assert.All(categories, c => Assert.Contains(c, Categories.All));
        return (root.GetProperty("id").GetString()!, categories);
    }

    private static (string Id, IReadOnlySet<string> Categories) Actual(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var categories = root.GetProperty("prompts").EnumerateArray().Select(p => p.GetProperty("category").GetString()!).ToHashSet();
        return (root.GetProperty("id").GetString()!, categories);
    }

    private static Scores Score(List<(string Id, IReadOnlySet<string> Categories)> expected, List<(string Id, IReadOnlySet<string> Categories)> actual)
    {
        var perCategory = new List<(string, CategoryScore)>();
        foreach (var category in Categories.All)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Id, actual[i].Id);
                var want = expected[i].Categories.Contains(category);
                var got = actual[i].Categories.Contains(category);
                tp += want && got ? 1 : 0;
                fp += !want && got ? 1 : 0;
                fn += want && !got ? 1 : 0;
            }

            perCategory.Add((category, new CategoryScore(tp, fp, fn)));
        }

        var sumTp = perCategory.Sum(p => p.Item2.Tp);
        var sumFp = perCategory.Sum(p => p.Item2.Fp);
        var sumFn = perCategory.Sum(p => p.Item2.Fn);
        return new Scores(perCategory, 2.0 * sumTp / Math.Max(1, (2 * sumTp) + sumFp + sumFn));
    }

    private sealed record Scores(IReadOnlyList<(string Category, CategoryScore Score)> PerCategory, double MicroF1);

    private sealed record CategoryScore(int Tp, int Fp, int Fn)
    {
        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);

        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
