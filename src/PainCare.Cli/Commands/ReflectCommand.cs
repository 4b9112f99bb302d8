using PainCare.Reflection;
using PainCare.Reflection.Batch;

namespace PainCare.Cli.Commands;

/// <summary><c>paincare reflect --input FILE</c> (one narrative) or <c>--jsonl FILE</c> (batch); JSON on standard output.</summary>
public sealed class ReflectCommand : ICliCommand
{
    public string Name => "reflect";

    public string Summary => "Reflection prompts for a narrative: reflect --input FILE | --jsonl FILE.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count != 2 || args[0] is not ("--input" or "--jsonl"))
        {
            await stderr.WriteLineAsync("usage: paincare reflect --input FILE | --jsonl FILE");
            return 2;
        }

        var path = args[1];
        try
        {
            if (args[0] == "--input")
            {
                var text = await File.ReadAllTextAsync(path, cancellationToken);
                await stdout.WriteLineAsync(PromptJson.Document(ReflectionEngine.Default.Reflect(text)));
                return 0;
            }

            using var reader = new StreamReader(path);
            await new JsonlBatch(ReflectionEngine.Default).RunAsync(reader, stdout, cancellationToken);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"paincare reflect: cannot read '{path}': {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
