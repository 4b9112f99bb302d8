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
    [InlineData("bench", "narrative", "--patients")]
    [InlineData("bench", "narrative", "--iterations", "-5")]
    [InlineData("bench", "narrative", "--unknown", "1")]
    public async Task BadArguments_AreUsageErrors_BeforeAnyDatabaseIsTouched(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(args, stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.StartsWith("usage: paincare ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchList_NamesTheNarrativeBenchmark()
    {
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["bench"], new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains("narrative", stderr.ToString(), StringComparison.Ordinal);
    }
}
