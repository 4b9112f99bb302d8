using PainCare.Benchmarks;
using PainCare.Cli;

namespace PainCare.UnitTests.Cli;

public sealed class SeedAndBenchArgumentTests
{
    [Theory]
    [InlineData("seed")]
    [InlineData("seed", "--scale")]
    [InlineData("seed", "--scale", "0")]
    [InlineData("seed", "--scale", "two")]
    [InlineData("seed", "--scale", "1", "--colour", "blue")]
    public async Task BadArguments_AreUsageErrors_BeforeAnyDatabaseIsTouched(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(args, stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.StartsWith("usage: paincare ", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>What <c>./paincare bench narrative|alliance …</c> runs (tests/PainCare.Benchmarks, ADR 0320).</summary>
    [Theory]
    [InlineData("narrative", "--patients")]
    [InlineData("narrative", "--iterations", "-5")]
    [InlineData("narrative", "--unknown", "1")]
    [InlineData("alliance", "--provider", "oracle")]
    [InlineData("alliance", "--rows", "5")]
    public async Task BadDatabaseBenchArguments_AreUsageErrors_BeforeAnyDatabaseIsTouched(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await BenchmarkApp.RunAsync(args, stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.StartsWith($"usage: paincare bench {args[0]} ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchList_NamesEveryTarget_AndWhereTheDatabaseBenchmarksRun()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["bench"], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        var listed = stderr.ToString();
        Assert.Contains("reflection", listed, StringComparison.Ordinal);
        Assert.Contains("deidentify", listed, StringComparison.Ordinal);
        Assert.Contains("./paincare bench narrative", listed, StringComparison.Ordinal);
        Assert.Contains("./paincare bench alliance", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBenchmarksProgram_ListsTheNarrativeAndAllianceBenchmarks()
    {
        var stderr = new StringWriter();

        var exit = await BenchmarkApp.RunAsync([], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("narrative", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("alliance", stderr.ToString(), StringComparison.Ordinal);
    }
}
