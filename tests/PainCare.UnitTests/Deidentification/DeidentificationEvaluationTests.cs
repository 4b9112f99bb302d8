using System.Text.Json;
using PainCare.Cli;
using Xunit.Abstractions;

namespace PainCare.UnitTests.Deidentification;

/// <summary>
/// Scores the batch CLI path over the shared dev set exactly as the spec defines: a leak is an identifier still
/// present in the output (case-insensitive, whole word); recall = 1 - leaks / identifiers; keep-rate = kept / keep terms.
/// </summary>
public sealed class DeidentificationEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(true, 0.98)]
    [InlineData(false, 0.95)]
    public async Task DevSet_MeetsRecallAndKeepRate(bool withKnown, double minimumRecall)
    {
        var rows = File.ReadAllLines(DevSetPath()).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(input, rows.Select(r => JsonSerializer.Serialize(new
            {
                id = r.GetProperty("id").GetString(),
                text = r.GetProperty("text").GetString(),
                known = withKnown ? r.GetProperty("known").EnumerateArray().Select(k => k.GetString()).ToArray() : [],
            })));
            var stdout = new StringWriter();
            var exit = await CliApp.RunAsync(["deidentify", "--jsonl", input], stdout, new StringWriter());
            Assert.Equal(0, exit);
            var outputs = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(rows.Count, outputs.Count);

            var (identifiers, leaks, keepTotal, kept) = (0, 0, 0, 0);
            var leaksByCategory = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            for (var i = 0; i < rows.Count; i++)
            {
                var text = outputs[i].GetProperty("text").GetString()!;
                foreach (var identifier in rows[i].GetProperty("identifiers").EnumerateArray())
                {
                    identifiers++;
                    var value = identifier.GetProperty("text").GetString()!;
                    if (Scrub.Contains(text, value))
                    {
                        leaks++;
                        var category = identifier.GetProperty("category").GetString()!;
                        leaksByCategory.TryAdd(category, []);
                        leaksByCategory[category].Add($"{rows[i].GetProperty("id").GetString()}: {value}");
                    }
                }

                foreach (var term in rows[i].GetProperty("keep").EnumerateArray().Select(k => k.GetString()!))
                {
                    keepTotal++;
                    kept += text.Contains(term, StringComparison.Ordinal) ? 1 : 0;
                }
            }

            var recall = 1.0 - (double)leaks / identifiers;
            var keepRate = (double)kept / keepTotal;
            output.WriteLine($"known={withKnown} vignettes={rows.Count} identifiers={identifiers} leaks={leaks} recall={recall:F3} keep={kept}/{keepTotal} keep-rate={keepRate:F3}");
            foreach (var (category, items) in leaksByCategory)
            {
                output.WriteLine($"  {category}: {items.Count} leaked ({string.Join("; ", items)})");
            }

            Assert.True(recall >= minimumRecall, $"recall {recall:F3} below {minimumRecall}");
            Assert.True(keepRate >= 0.95, $"keep-rate {keepRate:F3} below 0.95");
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string DevSetPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PainCare.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, $"No folder containing PainCare.sln above {AppContext.BaseDirectory}; cannot find the dev set.");
        var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "eval", "deid-dev.jsonl"));
        Assert.True(File.Exists(path), $"De-identification dev set missing: expected {path} (shared/ must sit beside the repository).");
        return path;
    }
}
