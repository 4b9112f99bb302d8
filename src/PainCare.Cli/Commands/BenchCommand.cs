namespace PainCare.Cli.Commands;

public sealed class BenchCommand : ICliCommand
{
    /// <summary>Every benchmark target of the CLI. Add one line per target.</summary>
    public static IReadOnlyList<IBenchmark> Benchmarks { get; } =
    [
        new ReflectionBenchmark(),
        new DeidentificationBenchmark(),
    ];

    /// <summary>
    /// The database benchmarks measure the web features' services, so they live in tests/PainCare.Benchmarks and the CLI
    /// does not reference the web host (ADR 0320); <c>./paincare bench NAME</c> runs them there.
    /// </summary>
    public static IReadOnlyList<string> ElsewhereTargets { get; } = ["narrative", "alliance"];

    public string Name => "bench";

    public string Summary => "Run a benchmark and print its figures: paincare bench TARGET [options].";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var target = args.Count > 0 ? Benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
        if (target is null)
        {
            await stderr.WriteLineAsync("usage: paincare bench TARGET [options]");
            foreach (var benchmark in Benchmarks)
            {
                await stderr.WriteLineAsync($"  {benchmark.Name,-12} {benchmark.Summary}");
            }

            foreach (var name in ElsewhereTargets)
            {
                await stderr.WriteLineAsync($"  {name,-12} Run by ./paincare bench {name} (tests/PainCare.Benchmarks).");
            }

            return 2;
        }

        return await target.RunAsync(args.Skip(1).ToArray(), stdout, stderr, cancellationToken);
    }
}
