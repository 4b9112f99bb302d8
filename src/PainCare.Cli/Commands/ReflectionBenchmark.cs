using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PainCare.Reflection;
using PainCare.Reflection.Batch;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare bench reflection</c>: latency per 2,000-word narrative (p50/p95/p99) and single-threaded batch
/// throughput over a multi-MB JSONL input. Inputs are generated from a fixed seed, so runs are comparable.
/// </summary>
public sealed class ReflectionBenchmark : IBenchmark
{
    private const int Seed = 20260521;
    private const int WordsPerNarrative = 2_000;
    private const int Narratives = 300;
    private const int BatchBytes = 8 * 1024 * 1024;
    private const int Rounds = 3;

    private static readonly string[] _sentences =
    [
        "She came through the door slowly and perched near the front of the seat.",
        "Cervical rotation 60 degrees left, 45 right, pain 5/10 at the end of range.",
        "When I palpated the scar she flinched and held her breath.",
        "He said, \"I don't know why I'm even bothering with this any more.\"",
        "We talked about her daughter's wedding and the walk she hopes to manage on the day.",
        "No guarding on passive hip flexion today; she moved smoothly through the range.",
        "I was cross with myself for letting the clinic overrun into her time.",
        "Plan: graded loading programme, three sets of eight, review in two weeks.",
        "He mentioned the car accident again and said the nights are the worst.",
        "We both laughed when the phone alarm went off halfway through the exercises.",
        "On the mood questions she reported no low mood and no hopelessness.",
        "Straight leg raise negative bilaterally; reflexes normal and symmetrical.",
        "I explained the sensitisation model and asked which option she preferred.",
        "He stared at the floor and answered in a word or two for some minutes.",
        "Hon sa att smärtan har varit värre sedan olyckan förra vintern.",
        "Dijo que el dolor no ha cambiado y que tiene miedo de moverse.",
    ];

    public string Name => "reflection";

    public string Summary => "Reflection prompts: p50/p95/p99 per 2,000-word narrative and single-threaded batch MB/s.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var engine = ReflectionEngine.Default;
        var random = new Random(Seed);
        var narratives = Enumerable.Range(0, Narratives).Select(_ => Narrative(random, WordsPerNarrative)).ToList();
        // Warm up past tiered compilation so the figures describe the steady state a server sees.
        for (var round = 0; round < 3; round++)
        {
            narratives.ForEach(n => engine.Reflect(n));
        }

        // Three rounds: on a shared machine one round can be hit by other tenants' load; all rounds are printed.
        var rounds = Enumerable.Range(0, Rounds).Select(_ => Measure(engine, narratives)).ToList();
        var batch = Batch(random, BatchBytes);
        var batchMegabytes = Encoding.UTF8.GetByteCount(batch) / (1024.0 * 1024.0);
        await new JsonlBatch(engine).RunAsync(new StringReader(batch[..(batch.Length / 8)]), TextWriter.Null, cancellationToken);
        var batchWatch = Stopwatch.StartNew();
        var summary = await new JsonlBatch(engine).RunAsync(new StringReader(batch), TextWriter.Null, cancellationToken);
        var seconds = batchWatch.Elapsed.TotalSeconds;

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"reflection: {narratives.Count} narratives of {WordsPerNarrative} words (~{narratives[0].Length / 1024.0:F1} KB each), single thread"));
        foreach (var (round, (latencies, allocated)) in rounds.Index())
        {
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}, per narrative: p50 {Percentile(latencies, 0.50):F3} ms  p95 {Percentile(latencies, 0.95):F3} ms  p99 {Percentile(latencies, 0.99):F3} ms  max {latencies[^1]:F3} ms  allocated {allocated:F0} KB"));
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  batch (JSONL in, JSONL out, one core): {batchMegabytes:F1} MB, {summary.Lines} lines in {seconds:F2} s = {batchMegabytes / seconds:F1} MB/s"));

        // One note eight times longer should take about eight times as long; a pass that grew with the square would take ~64.
        var (small, large) = (Narrative(random, 4_000), Narrative(random, 32_000));
        var (smallMs, largeMs) = (BestOfThree(engine, small), BestOfThree(engine, large));
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  scaling, one note: {small.Length / 1000} k chars {smallMs:F1} ms, {large.Length / 1000} k chars {largeMs:F1} ms, {largeMs / smallMs:F1}x for {(double)large.Length / small.Length:F1}x the text"));
        return 0;
    }

    private static double BestOfThree(ReflectionEngine engine, string text)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            engine.Reflect(text);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static (double[] Latencies, double AllocatedKilobytes) Measure(ReflectionEngine engine, List<string> narratives)
    {
        var latencies = new double[narratives.Count];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < narratives.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            engine.Reflect(narratives[i]);
            latencies[i] = watch.Elapsed.TotalMilliseconds;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / narratives.Count / 1024.0;
        Array.Sort(latencies);
        return (latencies, allocated);
    }

    private static string Narrative(Random random, int words)
    {
        var builder = new StringBuilder(words * 7);
        var count = 0;
        while (count < words)
        {
            var sentence = _sentences[random.Next(_sentences.Length)];
            builder.Append(sentence).Append(random.Next(6) == 0 ? "\n" : " ");
            count += sentence.Count(c => c == ' ') + 1;
        }

        return builder.ToString();
    }

    private static string Batch(Random random, int bytes)
    {
        var builder = new StringBuilder(bytes + 16_384);
        var id = 0;
        while (builder.Length < bytes)
        {
            var text = Narrative(random, random.Next(40, 600));
            builder.Append("{\"id\":\"b-").Append(id++).Append("\",\"text\":").Append(JsonSerializer.Serialize(text)).Append("}\n");
        }

        return builder.ToString();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
