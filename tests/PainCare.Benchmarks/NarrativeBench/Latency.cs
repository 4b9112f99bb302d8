using System.Diagnostics;

namespace PainCare.Benchmarks.NarrativeBench;

/// <summary>Wall-clock times of one operation, in milliseconds, and their nearest-rank percentiles.</summary>
internal sealed record Latency(IReadOnlyList<double> Milliseconds)
{
    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    /// <summary>
    /// Runs two ways of doing the same thing on each input, alternating which goes first, so that both meet the same
    /// load on a shared machine and the same cache state.
    /// </summary>
    public static async Task<(Latency First, Latency Second)> MeasurePairAsync<T>(IReadOnlyList<T> inputs, int warmUp, Func<T, Task> first, Func<T, Task> second)
    {
        var (a, b) = (new List<double>(inputs.Count), new List<double>(inputs.Count));
        for (var i = 0; i < inputs.Count; i++)
        {
            var (timeA, timeB) = i % 2 == 0 ? (await TimeAsync(first, inputs[i]), await TimeAsync(second, inputs[i])) : Swap(await TimeAsync(second, inputs[i]), await TimeAsync(first, inputs[i]));
            if (i >= warmUp)
            {
                a.Add(timeA);
                b.Add(timeB);
            }
        }

        return (new Latency(a), new Latency(b));
    }

    private static async Task<double> TimeAsync<T>(Func<T, Task> operation, T input)
    {
        var start = Stopwatch.GetTimestamp();
        await operation(input);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static (double, double) Swap(double second, double first) => (first, second);

    private double Percentile(double fraction)
    {
        var sorted = Milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
