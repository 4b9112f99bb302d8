using System.Text;
using System.Text.Json;
using PainCare.Cli;

namespace PainCare.UnitTests.Cli;

public sealed class CliFuzzTests
{
    public static TheoryData<string> BatchVerbs => new() { "reflect", "deidentify" };

    [Theory]
    [MemberData(nameof(BatchVerbs))]
    public async Task MalformedBatchLines_EachGetAnAnswer_AndTheRunCarriesOn(string verb)
    {
        var random = new Random(7);
        var lines = Enumerable.Range(0, 500).Select(i => Line(random, i)).ToList();
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, string.Join('\n', lines), new UTF8Encoding(false));
        var stdout = new StringWriter();

        var exit = await CliApp.RunAsync([verb, "--jsonl", file], stdout, new StringWriter());

        Assert.Equal(0, exit);
        var answers = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Count, answers.Length);
        Assert.All(answers, a => JsonDocument.Parse(a).Dispose());
        Assert.Contains(answers, a => a.Contains("\"error\"", StringComparison.Ordinal));
        File.Delete(file);
    }

    [Fact]
    public async Task AllianceAnalyse_RefusesMalformedInput_WithOneLineAndNoStdout()
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var file = Path.GetTempFileName();
            await File.WriteAllTextAsync(file, i % 2 == 0 ? Garbage(random) : $"{{\"instrument\":\"wai-sr-patient\",\"sessions\":[{{\"n\":{random.Next()},\"patient\":[{Garbage(random)}]}}]}}");
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var exit = await CliApp.RunAsync(["alliance", "analyse", "--input", file], stdout, stderr);

            Assert.NotEqual(0, exit);
            Assert.Equal(string.Empty, stdout.ToString());
            Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            File.Delete(file);
        }
    }

    private static string Line(Random random, int i) => random.Next(6) switch
    {
        0 => Garbage(random),
        1 => "{\"id\": 5, \"text\": [1,2]}",
        2 => "{\"id\":\"" + i + "\"}",
        3 => "{\"id\":\"" + i + "\",\"text\":" + JsonSerializer.Serialize(Garbage(random)) + "}",
        4 => "{\"id\":\"" + i + "\",\"text\":\"She recoiled <script>x</script> \\u0000 held her breath.\"}",
        _ => "[" + new string('[', random.Next(1, 2000)),
    };

    // Anything but a line break, which would make two batch lines out of one.
    private static string Garbage(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 400)).Select(_ => (char)random.Next(1, 0x2FFF)).Select(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' ? 'x' : c).ToArray());
}
