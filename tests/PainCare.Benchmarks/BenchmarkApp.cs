namespace PainCare.Benchmarks;

/// <summary>
/// Dispatches <c>paincare-bench NAME …</c>, which <c>./paincare bench narrative|alliance</c> runs. Exit codes as the
/// CLI's: 0 success, 1 failure, 2 usage error.
/// </summary>
public static class BenchmarkApp
{
    public static IReadOnlyList<IBenchmark> Benchmarks { get; } = [new NarrativeBenchmark(), new AllianceBenchmark()];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
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
