using System.Diagnostics;

namespace PainCare.Cli.Commands.NarrativeBench;

/// <summary>Wall-clock times of one operation, in milliseconds, and their nearest-rank percentiles.</summary>
internal sealed record Latency(IReadOnlyList<double> Milliseconds)
{
    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    /// <summary>Runs <paramref name="operation"/> for each input in turn; the first <paramref name="warmUp"/> runs are not counted.</summary>
    public static async Task<Latency> MeasureAsync<T>(IReadOnlyList<T> inputs, int warmUp, Func<T, Task> operation)
    {
        var times = new List<double>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation(inputs[i]);
            if (i >= warmUp)
            {
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        return new Latency(times);
    }

    private double Percentile(double fraction)
    {
        var sorted = Milliseconds.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
