using PainCare.Cli;
using Xunit.Abstractions;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Scores the module on the labelled dev sets (shared/eval/) through <c>paincare eval</c>, the same scoring the command
/// line uses. The blind set is scored elsewhere; these files guard against regressions, not for tuning to them.
/// </summary>
public sealed class ReflectionEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("reflection-dev.jsonl")]
    [InlineData("reflection-dev2.jsonl")]
    public async Task DevSet_MicroF1_IsAtLeast085_AndNoCategoryBelow070(string file)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["eval", SharedFiles.File("eval", file), "--min-f1", "0.85", "--min-category-f1", "0.70"], stdout, stderr);

        output.WriteLine(stdout.ToString());
        Assert.True(exit == 0, stderr.ToString());
    }
}
