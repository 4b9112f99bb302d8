namespace PainCare.Cli.Commands;

/// <summary>One verb of the <c>paincare</c> tool. Standard output is kept clean for JSON; messages go to standard error.</summary>
public interface ICliCommand
{
    string Name { get; }

    string Summary { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken);
}
