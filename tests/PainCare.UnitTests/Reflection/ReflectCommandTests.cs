using System.Text.Json;
using PainCare.Cli;

namespace PainCare.UnitTests.Reflection;

public sealed class ReflectCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reflect-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Input_PrintsPromptsJsonOnStdout()
    {
        var file = Write("note.txt", "On palpation she flinched and held her breath. Plan: dry needling.");

        var (exit, stdout, stderr) = await Run("reflect", "--input", file);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var prompts = json.RootElement.GetProperty("prompts").EnumerateArray().ToList();
        var safety = Assert.Single(prompts, p => p.GetProperty("category").GetString() == "safety-cue");
        Assert.Equal("safety-cue.text", safety.GetProperty("ruleId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(safety.GetProperty("text").GetString()));
        var words = safety.GetProperty("evidence").GetProperty("spans").EnumerateArray().Select(s => s.GetProperty("words").GetString());
        Assert.Equal(["flinched", "held her breath"], words);
    }

    [Fact]
    public async Task Input_EmptyFile_PrintsEmptyPromptList()
    {
        var (exit, stdout, _) = await Run("reflect", "--input", Write("empty.txt", string.Empty));

        Assert.Equal(0, exit);
        Assert.Equal("{\"prompts\":[]}", stdout.Trim());
    }

    [Fact]
    public async Task Jsonl_MalformedLineYieldsErrorAndProcessingContinuesInOrder()
    {
        var file = Write("batch.jsonl", string.Join('\n',
            """{"id":"a","text":"She froze when I touched her neck."}""",
            """{"id":"b","text": oops}""",
            """not json at all""",
            """{"id":"c"}""",
            """[1,2]""",
            """{"id":7,"text":"Her husband drives her in. She said, \"It's better.\" Sat upright."}""",
            string.Empty,
            """{"id":"e","text":""}"""));

        var (exit, stdout, stderr) = await Run("reflect", "--jsonl", file);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Contains(lines[0].GetProperty("prompts").EnumerateArray(), p => p.GetProperty("category").GetString() == "safety-cue");
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("id").ValueKind);
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("id").ValueKind);
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal("c", lines[3].GetProperty("id").GetString());
        Assert.Contains("text", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(lines[4].TryGetProperty("error", out _));
        Assert.Equal(7, lines[5].GetProperty("id").GetInt32());
        Assert.Empty(lines[5].GetProperty("prompts").EnumerateArray());
        Assert.Equal("e", lines[6].GetProperty("id").GetString());
        Assert.Empty(lines[6].GetProperty("prompts").EnumerateArray());
    }

    [Theory]
    [InlineData("--input")]
    [InlineData("--jsonl")]
    public async Task UnreadableFile_OneLineOnStderrAndExitOne(string option)
    {
        var (exit, stdout, stderr) = await Run("reflect", option, Path.Combine(_folder, "missing.txt"));

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("missing.txt", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--input")]
    [InlineData("--frobnicate", "x")]
    public async Task BadArguments_UsageOnStderrAndExitTwo(params string[] args)
    {
        var (exit, stdout, stderr) = await Run(["reflect", .. args]);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("usage", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
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
