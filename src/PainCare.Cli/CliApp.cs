using PainCare.Cli.Commands;

namespace PainCare.Cli;

/// <summary>Dispatches <c>paincare VERB …</c> to a command. Exit codes: 0 success, 1 failure, 2 usage error.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            await WriteUsageAsync(stderr);
            return args.Count == 0 ? 2 : 0;
        }

        var command = CommandRegistry.All.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await stderr.WriteLineAsync($"paincare: unknown verb '{args[0]}'. Run 'paincare help' for the list.");
            return 2;
        }

        return await command.RunAsync(args.Skip(1).ToArray(), stdout, stderr, cancellationToken);
    }

    private static async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("usage: paincare VERB [ARGS...]");
        foreach (var command in CommandRegistry.All)
        {
            await writer.WriteLineAsync($"  {command.Name,-12} {command.Summary}");
        }
    }
}
