using System.Collections.Concurrent;

namespace PainCare.Load;

/// <summary>Every simulated action's outcome and round trip, as seen from the browser.</summary>
public sealed class ActionLog
{
    private readonly ConcurrentQueue<ActionRecord> _records = new();

    public void Add(ActionRecord record) => _records.Enqueue(record);

    public WindowStats Window(DateTime from, DateTime to)
    {
        var inWindow = _records.Where(r => r.At >= from && r.At < to).ToList();
        var ok = inWindow.Where(r => r.Error is null).Select(r => r.Milliseconds).Order().ToArray();
        var errors = inWindow.Where(r => r.Error is not null).GroupBy(r => r.Error!).ToDictionary(g => g.Key, g => g.Count());
        var perAction = inWindow.Where(r => r.Error is null).GroupBy(r => r.Action)
            .ToDictionary(g => g.Key, g => Percentile(g.Select(r => r.Milliseconds).Order().ToArray(), 0.95));
        return new WindowStats(
            inWindow.Count / Math.Max(0.001, (to - from).TotalSeconds),
            Percentile(ok, 0.50),
            Percentile(ok, 0.95),
            Percentile(ok, 0.99),
            inWindow.Count,
            errors,
            perAction);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

public sealed record ActionRecord(DateTime At, string Action, double Milliseconds, string? Error);

public sealed record WindowStats(
    double ActionsPerSecond,
    double P50,
    double P95,
    double P99,
    int Actions,
    IReadOnlyDictionary<string, int> Errors,
    IReadOnlyDictionary<string, double> P95ByAction)
{
    public int ErrorCount => Errors.Values.Sum();
}
