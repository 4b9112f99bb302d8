namespace PainCare.Cli.Commands;

public sealed class BenchCommand : ICliCommand
{
    /// <summary>Every benchmark target. Add one line per target.</summary>
    public static IReadOnlyList<IBenchmark> Benchmarks { get; } =
    [
        new ReflectionBenchmark(),
        new NarrativeBenchmark(),
        new AllianceBenchmark(),
        new DeidentificationBenchmark(),
    ];

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

            return 2;
        }

        return await target.RunAsync(args.Skip(1).ToArray(), stdout, stderr, cancellationToken);
    }
}
