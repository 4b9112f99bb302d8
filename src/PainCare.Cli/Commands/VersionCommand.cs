using System.Reflection;

namespace PainCare.Cli.Commands;

public sealed class VersionCommand : ICliCommand
{
    public string Name => "version";

    public string Summary => "Print the tool's version.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        await stdout.WriteLineAsync(version);
        return 0;
    }
}
