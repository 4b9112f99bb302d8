using System.Text.Json;
using PainCare.Cli;

namespace PainCare.UnitTests.Deidentification;

public sealed class DeidentifyCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("paincare-deid-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task SingleInput_WithKnown_PrintsOneJsonObjectWithTextReplacementsAndReview()
    {
        var file = Write("vignette.txt", "Kay, a 53-year-old Canadian woman, rang on 21/09/2022.");
        var (exit, stdout, stderr) = await Run("deidentify", "--input", file, "--known", "Kay Morgan");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["text", "replacements", "review"], root.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("Kay", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        var first = root.GetProperty("replacements")[0];
        Assert.Equal(["start", "end", "category", "original", "replacement"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Kay", first.GetProperty("original").GetString());
        Assert.Equal(0, first.GetProperty("start").GetInt32());
        Assert.Equal(3, first.GetProperty("end").GetInt32());
        Assert.Equal("name", first.GetProperty("category").GetString());
        var review = root.GetProperty("review")[0];
        Assert.Equal(["start", "end", "category", "text"], review.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Canadian", review.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Batch_WritesOneLinePerInputInOrder_AndMalformedLineGetsError()
    {
        var file = Write("batch.jsonl", string.Join('\n',
            """{"id": "a", "text": "Isla rang from Wakefield.", "known": ["Isla Hill"]}""",
            """{"id": "b", "text": "oops""",
            """{"id": "c", "text": "Dr Anjali Moorthy reviewed her on 8 July 2022."}""",
            """{"id": "d", "known": ["x"]}"""));

        var (exit, stdout, _) = await Run("deidentify", "--jsonl", file);

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal(["a", "b", "c", "d"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["id", "text", "replacements", "review"], lines[0].EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("Isla", lines[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.DoesNotContain("Anjali", lines[2].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(lines[3].TryGetProperty("error", out _));
    }

    [Fact]
    public async Task UnreadableInput_FailsWithOneLineOnStderr_AndCleanStdout()
    {
        var (exit, stdout, stderr) = await Run("deidentify", "--input", Path.Combine(_directory, "missing.txt"));

        Assert.NotEqual(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task MissingArguments_IsUsageError()
    {
        var (exit, stdout, _) = await Run("deidentify");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
