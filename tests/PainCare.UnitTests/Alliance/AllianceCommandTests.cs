using System.Text.Json;
using PainCare.Cli;

namespace PainCare.UnitTests.Alliance;

/// <summary>The <c>paincare alliance analyse</c> verb, run in-process on the sample files.</summary>
public sealed class AllianceCommandTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Alliance", "Samples", name);

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static List<(int Session, string Rule)> Flags(string stdout)
    {
        using var document = JsonDocument.Parse(stdout);
        return [.. document.RootElement.GetProperty("flags").EnumerateArray()
            .Select(f => (f.GetProperty("session").GetInt32(), f.GetProperty("rule").GetString()!))];
    }

    [Fact]
    public async Task WorkingAllianceSeries_PrintsFlagsAsJson()
    {
        var (exit, stdout, stderr) = await RunAsync("alliance", "analyse", "--input", Sample("wai-series.json"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(
            [(3, "rater-gap"), (4, "below-usual-range"), (5, "missed-after-low"), (6, "missed-after-low"), (7, "below-usual-range"), (7, "sustained-decline")],
            Flags(stdout));
        using var document = JsonDocument.Parse(stdout);
        var first = document.RootElement.GetProperty("flags")[0];
        Assert.Equal("prompt", first.GetProperty("severity").GetString());
        Assert.Contains("compare perspectives", first.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClinicInstrumentsDirectory_AddsLicensedDefinition()
    {
        var (exit, stdout, stderr) = await RunAsync(
            "alliance", "analyse", "--input", Sample("srs-series.json"), "--instruments", Sample("clinic-instruments"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal([(4, "ceiling"), (5, "below-cut-off"), (5, "reliable-drop"), (6, "missed-after-low")], Flags(stdout));
    }

    [Fact]
    public async Task RaterGapOption_OverridesTheDefaultThreshold()
    {
        var (exit, stdout, _) = await RunAsync("alliance", "analyse", "--input", Sample("wai-series.json"), "--rater-gap", "2.5");

        Assert.Equal(0, exit);
        Assert.DoesNotContain((3, "rater-gap"), Flags(stdout));
    }

    [Theory]
    [InlineData("bad-out-of-scale.json", "session 2: patient rating: item 12 value 6 is outside the scale 1-5")]
    [InlineData("bad-malformed.json", "bad-malformed.json: malformed JSON")]
    [InlineData("bad-unknown-instrument.json", "unknown instrument 'srs-clinic'")]
    [InlineData("no-such-file.json", "no-such-file.json")]
    public async Task BadInput_FailsWithOneLineOnStderrAndCleanStdout(string file, string expected)
    {
        var (exit, stdout, stderr) = await RunAsync("alliance", "analyse", "--input", Sample(file));

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("paincare alliance: ", stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidInstrumentsDirectory_FailsNamingFileAndField()
    {
        using var directory = new TempDirectory();
        directory.Write("broken.json", AllianceTestData.ValidDefinitionJson().ToJsonString().Replace("\"sum\"", "\"median\"", StringComparison.Ordinal));

        var (exit, stdout, stderr) = await RunAsync("alliance", "analyse", "--input", Sample("wai-series.json"), "--instruments", directory.Path);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("broken.json: scoring: unknown scoring rule 'median'", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alliance")]
    [InlineData("alliance", "analyse")]
    [InlineData("alliance", "analyse", "--input")]
    [InlineData("alliance", "summarise", "--input", "x.json")]
    [InlineData("alliance", "analyse", "--input", "x.json", "--colour", "red")]
    public async Task MissingOrUnknownArguments_PrintUsageAndExitTwo(params string[] args)
    {
        var (exit, stdout, stderr) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("usage: paincare alliance analyse", stderr, StringComparison.Ordinal);
    }
}
