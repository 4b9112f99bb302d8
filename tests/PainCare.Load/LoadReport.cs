using System.Globalization;

namespace PainCare.Load;

/// <summary>Prints the run as Markdown tables, the form docs/performance.md keeps.</summary>
public static class LoadReport
{
    public static void StepHeader(TextWriter output) =>
        output.WriteLine(
            "| circuits (acting + idle) | actions/s | p50 ms | p95 ms | p99 ms | errors | p95 by action (ms) | server p95 ms (page renders) | app CPU | PostgreSQL CPU | load generator CPU | machine CPU | app RSS MB | DB connections |\n" +
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");

    public static void Step(TextWriter output, int acting, int idle, WindowStats stats, double serverP95, CpuShare cpu, long rssBytes, int connections) =>
        output.WriteLine(
            Invariant($"| {acting + idle} ({acting} + {idle}) | {stats.ActionsPerSecond:0.0} | {stats.P50:0} | {stats.P95:0} | {stats.P99:0} | {stats.ErrorCount}{ErrorDetail(stats)} | ") +
            string.Join(", ", stats.P95ByAction.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Invariant($"{p.Key} {p.Value:0}"))) +
            Invariant($" | {serverP95:0.0} | {cpu.App:0.00} | {cpu.Database:0.00} | {cpu.Client:0.00} | {cpu.Machine:0.00} | {Mb(rssBytes):0} | {connections} |"));

    public static void SoakHeader(TextWriter output) =>
        output.WriteLine(
            "| minute | circuits | actions/s | p95 ms | errors | live heap MB (after full GC) | app RSS MB | DB connections |\n" +
            "|---|---|---|---|---|---|---|---|");

    public static void SoakSample(TextWriter output, int minute, int circuits, WindowStats stats, long? heap, long rss, int connections) =>
        output.WriteLine(Invariant(
            $"| {minute} | {circuits} | {stats.ActionsPerSecond:0.0} | {stats.P95:0} | {stats.ErrorCount}{ErrorDetail(stats)} | {Heap(heap)} | {Mb(rss):0} | {connections} |"));

    public static void Memory(TextWriter output, int circuits, MemorySample baseline, MemorySample parked) =>
        output.WriteLine(
            Invariant($"\nIdle circuits: {circuits} clinicians parked on their draft session (one live circuit each).\n") +
            "| state | live heap MB (after full GC) | app RSS MB | DB connections |\n|---|---|---|---|\n" +
            Invariant($"| no circuits (after warm-up) | {Heap(baseline.HeapBytes)} | {Mb(baseline.RssBytes):0} | {baseline.Connections} |\n") +
            Invariant($"| {circuits} idle circuits | {Heap(parked.HeapBytes)} | {Mb(parked.RssBytes):0} | {parked.Connections} |\n") +
            Invariant($"| per idle circuit | {PerCircuit(parked.HeapBytes - baseline.HeapBytes, circuits)} | {PerCircuit(parked.RssBytes - baseline.RssBytes, circuits)} | |"));

    private static string ErrorDetail(WindowStats stats) =>
        stats.ErrorCount == 0 ? string.Empty : " (" + string.Join("; ", stats.Errors.Select(e => Invariant($"{e.Key} ×{e.Value}"))) + ")";

    private static string Heap(long? bytes) => bytes is { } b ? Invariant($"{Mb(b):0.0}") : "n/a";

    private static string PerCircuit(long? bytes, int circuits) => bytes is { } b ? Invariant($"{b / 1024.0 / circuits:0} KB") : "n/a";

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The app's memory and open database connections at one moment.</summary>
public sealed record MemorySample(long? HeapBytes, long RssBytes, int Connections);
