using PainCare.Cli;

namespace PainCare.UnitTests.Cli;

public sealed class CliAppTests
{
    [Fact]
    public async Task UnknownVerb_ExitsWithUsageErrorAndKeepsStdoutClean()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["no-such-verb"], stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.Contains("unknown verb", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsOneLineOnStdout()
    {
        var stdout = new StringWriter();

        var exit = await CliApp.RunAsync(["version"], stdout, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Single(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
