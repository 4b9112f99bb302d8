namespace PainCare.Benchmarks;

/// <summary>One database benchmark, run as <c>./paincare bench NAME [options]</c>. Prints its figures as plain text to standard output.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Summary { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken);
}
