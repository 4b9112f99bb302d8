using System.Diagnostics;
using System.Globalization;
using System.Text;
using PainCare.Deidentification;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare bench deidentify [--runs N]</c>: latency percentiles for one 1,000-word vignette and single-threaded
/// batch throughput, over deterministic synthetic vignettes dense with identifiers.
/// </summary>
public sealed class DeidentificationBenchmark : IBenchmark
{
    private static readonly string[] _given = ["Kay", "Faith", "Tomasz", "Aroha", "Priya", "Will", "Siobhan", "Jamal", "Grace", "Kwame"];
    private static readonly string[] _surnames = ["Morgan", "Okonkwo", "Wisniewski", "Te Whare", "Raman", "Ashworth", "Keane", "Washington", "Lindqvist"];
    private static readonly string[] _towns = ["Belper", "Leeds", "Frankston", "Dayton", "Ballina", "Whangarei", "Glasgow", "Mesa"];

    private static readonly string[] _templates =
    [
        "{G} {S}, a {A}-year-old school librarian, was referred on {D} by Dr {G2} {S2} at {T} Medical Centre.",
        "She lives at {N} Hollybush Close, {T} with her husband {G2} and their daughter Grace, and her mobile is 07700 900{P}.",
        "Worst pain reached 7/10 and settled when she rested; a positive Trendelenburg sign and longstanding chilblains on both feet were noted.",
        "{G} hopes to manage a full shift in the library again, and together we set a step-by-step walking plan, reviewed at 2/52.",
        "The pain had moved around her neck and back but was consistently in her pelvis and left hip, and she felt it was hopeless.",
        "I placed my hand along her left iliac crest and she recoiled; her respiration increased and she started to perspire.",
        "We discussed ibuprofen 400 mg tds with food, and her NHS number 485 777 3023 was checked at {T} Hospital.",
        "Her sister rang on {D} from {T} to move the appointment, and wanted post sent by email to kay.{S}@example.com.",
        "Our work together continued for many months, and the relational story slowly changed the meaning of her pain.",
        "She described burning pain, with light touch on the back of the hand felt as painful, and Tinel's test was positive over the carpal tunnel.",
    ];

    private const int ColdRuns = 400;

    public string Name => "deidentify";

    public string Summary => "Latency p50/p95/p99 for 1,000-word vignettes and single-threaded batch MB/s.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var runs = args.Count >= 2 && args[0] == "--runs" && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 300;
        var vignettes = Enumerable.Range(0, 50).Select(Vignette).ToArray();
        var deidentifier = new Deidentifier();
        // The first few hundred calls after start run while the JIT is still tiering the recognisers' generated regex
        // code up, several times slower than later ones; they are timed and reported apart so neither figure hides the other.
        var cold = Time(deidentifier, vignettes, ColdRuns, cancellationToken);
        var timings = Time(deidentifier, vignettes, runs, cancellationToken);
        Array.Sort(cold);
        Array.Sort(timings);
        long bytes = 0;
        // Process CPU time beside wall time: on a shared machine the wall clock also counts time spent descheduled.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var batch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            var vignette = vignettes[i % vignettes.Length];
            deidentifier.Deidentify(vignette);
            bytes += Encoding.UTF8.GetByteCount(vignette);
        }

        batch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var words = vignettes[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"deidentify: {runs} runs, {words}-word vignettes (~{bytes / runs / 1024.0:F1} KiB each), single thread"));
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"first {ColdRuns} runs after start (JIT still tiering up), ms: p50 {Percentile(cold, 0.50):F2}  p95 {Percentile(cold, 0.95):F2}  max {cold[^1]:F2}"));
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"latency ms after them: p50 {Percentile(timings, 0.50):F2}  p95 {Percentile(timings, 0.95):F2}  p99 {Percentile(timings, 0.99):F2}"));
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"batch: {bytes / 1_000_000.0:F2} MB in {batch.Elapsed.TotalSeconds:F2} s = {bytes / 1_000_000.0 / batch.Elapsed.TotalSeconds:F2} MB/s wall; " +
            $"CPU {cpu.TotalMilliseconds / runs:F2} ms per vignette = {bytes / 1_000_000.0 / cpu.TotalSeconds:F2} MB/s per core"));
        return 0;
    }

    private static double[] Time(Deidentifier deidentifier, string[] vignettes, int runs, CancellationToken cancellationToken)
    {
        var timings = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            deidentifier.Deidentify(vignettes[i % vignettes.Length]);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return timings;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>About 1,000 words of template sentences, filled deterministically from the seed.</summary>
    private static string Vignette(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var words = 0;
        while (words < 1000)
        {
            var sentence = _templates[random.Next(_templates.Length)]
                .Replace("{G2}", _given[random.Next(_given.Length)], StringComparison.Ordinal)
                .Replace("{S2}", _surnames[random.Next(_surnames.Length)], StringComparison.Ordinal)
                .Replace("{G}", _given[seed % _given.Length], StringComparison.Ordinal)
                .Replace("{S}", _surnames[seed % _surnames.Length], StringComparison.Ordinal)
                .Replace("{T}", _towns[random.Next(_towns.Length)], StringComparison.Ordinal)
                .Replace("{A}", random.Next(18, 90).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{N}", random.Next(1, 200).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{P}", random.Next(100, 999).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{D}", new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(random.Next(700)).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal);
            text.Append(sentence).Append(' ');
            words += sentence.Split(' ').Length;
        }

        return text.ToString().TrimEnd();
    }
}
