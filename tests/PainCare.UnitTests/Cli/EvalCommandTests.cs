using System.Text.Json;
using PainCare.Cli;
using PainCare.Cli.Commands;

namespace PainCare.UnitTests.Cli;

/// <summary><c>paincare eval</c>: format detection, splits, figures and thresholds on small hand-made files.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paincare-eval-").FullName;

    // Figures that hold whatever the scrubber does: "stairs" is ordinary English it keeps, "Quentin" is not in the text.
    private const string DeidFile = """
        {"id": "d-1", "text": "Pain in the left hip since March, worse on stairs.", "known": [], "identifiers": [{"text": "stairs", "category": "location"}], "keep": ["left hip", "not in this text"]}
        {"id": "d-2", "text": "Knee stiff in the morning.", "known": ["Quentin Hargreave"], "identifiers": [{"text": "Quentin", "category": "name"}], "keep": ["Knee"]}
        """;

    private const string ReflectionFile = """
        {"id": "r-1", "text": "She flinched as I touched the scar and said, 'Please stop.'", "expect": ["safety-cue"], "disputed": ["shared-decision"]}
        {"id": "r-2", "text": "Hip flexion 110, IR 20.", "expect": ["minute-particulars", "person-focus"]}
        {"id": "r-3", "text": "He is furious with the insurer.", "expect": ["attunement", "minute-particulars"]}
        """;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task DeidentificationFile_ReportsRecallKeepRateAndLeakedText()
    {
        var (exit, stdout, _) = await Run(Write("deid.jsonl", DeidFile), "--json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("deidentification", root.GetProperty("module").GetString());
        foreach (var pass in new[] { "withKnown", "withoutKnown" })
        {
            var figures = root.GetProperty(pass);
            Assert.Equal(2, figures.GetProperty("identifiers").GetInt32());
            Assert.Equal(0.5, figures.GetProperty("recall").GetDouble());
            Assert.Equal(2, figures.GetProperty("kept").GetInt32());
            Assert.Equal(3, figures.GetProperty("keepTerms").GetInt32());
            var leak = Assert.Single(figures.GetProperty("leaks").EnumerateArray());
            Assert.Equal("stairs", leak.GetProperty("text").GetString());
            Assert.Equal("location", leak.GetProperty("category").GetString());
            Assert.Empty(figures.GetProperty("knownLeaks").EnumerateArray());
        }
    }

    [Fact]
    public async Task DeidentificationThresholds_FailTheRunAndNameTheMeasure()
    {
        var (exit, stdout, stderr) = await Run(Write("deid.jsonl", DeidFile), "--min-recall", "0.99", "--min-keep", "0.5");

        Assert.Equal(1, exit);
        Assert.Contains("location: 1 leaked (d-1: stairs)", stdout, StringComparison.Ordinal);
        Assert.Contains("recall with known 0.5 is below the required 0.99", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("keep-rate", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountsOnly_PrintsTheFiguresButNoItemIdOrText()
    {
        var (_, deid, _) = await Run(Write("deid.jsonl", DeidFile), "--counts-only");
        var (_, deidJson, _) = await Run(Write("deid.jsonl", DeidFile), "--counts-only", "--json");
        var (_, reflection, _) = await Run(Write("refl.jsonl", ReflectionFile), "--counts-only");

        Assert.Contains("location: 1 leaked", deid, StringComparison.Ordinal);
        Assert.Contains("recall 0.500", deid, StringComparison.Ordinal);
        var leak = Assert.Single(JsonDocument.Parse(deidJson).RootElement.GetProperty("withKnown").GetProperty("leaks").EnumerateArray());
        Assert.Equal("location", leak.GetProperty("category").GetString());
        Assert.Contains("micro", reflection, StringComparison.Ordinal);
        foreach (var output in new[] { deid, deidJson, reflection })
        {
            Assert.DoesNotContain("stairs", output, StringComparison.Ordinal);
            Assert.DoesNotContain("d-1", output, StringComparison.Ordinal);
            Assert.DoesNotContain("r-3", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void KnownLeaks_CountIdentifiersThatArePartOfTheRecordAndWholeKnownEntries()
    {
        var (_, items) = EvalItems.Read("""
            {"id": "d-9", "text": "Seen with Kay Morgan of Bath.", "known": ["Kay Morgan"], "identifiers": [{"text": "Kay", "category": "name"}, {"text": "Bath", "category": "location"}], "keep": []}
            """, EvalSplit.All);

        // A stand-in scrubber that changes nothing leaks everything.
        var score = EvalDeidentification.Score(items, request => request.Text);

        Assert.Equal(0.0, score.WithKnown.Recall);
        Assert.Equal(["Kay", "Kay Morgan"], score.WithKnown.KnownLeaks.Select(l => l.Text));
    }

    [Fact]
    public async Task ReflectionFile_ScoresEveryCategoryAndLeavesDisputedOnesOut()
    {
        var (exit, stdout, _) = await Run(Write("refl.jsonl", ReflectionFile), "--json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("reflection", root.GetProperty("module").GetString());
        Assert.Equal(3, root.GetProperty("items").GetInt32());
        var micro = root.GetProperty("micro");
        Assert.Equal(5, micro.GetProperty("tp").GetInt32() + micro.GetProperty("fn").GetInt32());
        var decision = root.GetProperty("categories").GetProperty("shared-decision");
        Assert.Equal(0, decision.GetProperty("tp").GetInt32() + decision.GetProperty("fp").GetInt32() + decision.GetProperty("fn").GetInt32());
    }

    [Theory]
    [InlineData("odd", 2)]
    [InlineData("even", 1)]
    [InlineData("all", 3)]
    public async Task IdsSplit_KeepsTheOddOrEvenNumberedItems(string split, int items)
    {
        var (exit, stdout, _) = await Run(Write("refl.jsonl", ReflectionFile), "--ids", split, "--json");

        Assert.Equal(0, exit);
        Assert.Equal(items, JsonDocument.Parse(stdout).RootElement.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task ReflectionBelowMinimumF1_ExitsOne()
    {
        const string wrong = """{"id": "r-1", "text": "Hip flexion 110, IR 20.", "expect": ["connection"]}""";

        var (exit, stdout, stderr) = await Run(Write("wrong.jsonl", wrong), "--min-f1", "0.85");

        Assert.Equal(1, exit);
        Assert.Contains("r-1: missed [connection]", stdout, StringComparison.Ordinal);
        Assert.Contains("micro-F1", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ids", "middle")]
    [InlineData("--min-f1", "high")]
    [InlineData("--min-f1", "1.5")]
    [InlineData("--no-such-option", "1")]
    public async Task BadOptions_AreUsageErrors(string option, string value)
    {
        var (exit, stdout, stderr) = await Run(Write("refl.jsonl", ReflectionFile), option, value);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("usage: paincare eval", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_ExitsOneWithoutOutput()
    {
        var (exit, stdout, stderr) = await Run(Path.Combine(_folder, "absent.jsonl"));

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("cannot read", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnrecognisedLines_AreReportedWithTheirLineNumber()
    {
        var (exit, _, stderr) = await Run(Write("odd.jsonl", "{\"id\": \"x-1\", \"text\": \"no labels\"}"));

        Assert.Equal(1, exit);
        Assert.Contains("line 1 is neither a reflection item", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["eval", .. args], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
