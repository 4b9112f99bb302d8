using System.Globalization;
using PainCare.Deidentification;
using PainCare.Reflection;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare eval FILE [--ids all|odd|even] [--json] [thresholds]</c>: scores the reflection or the de-identification
/// module on a labelled JSONL file (the format is detected per file). Exit 0 when every given threshold is met, 1 when
/// one is not or the file cannot be read, 2 for a usage error.
/// </summary>
public sealed class EvalCommand : ICliCommand
{
    public string Name => "eval";

    public string Summary => "Score a module on a labelled JSONL file: eval FILE [--ids odd|even] [--json] [--min-f1 X ...].";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var options = EvalOptions.Parse(args, out var error);
        if (options is null)
        {
            await stderr.WriteLineAsync($"paincare eval: {error}.\n{EvalOptions.Usage}");
            return 2;
        }

        string content;
        try
        {
            content = await File.ReadAllTextAsync(options.File, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"paincare eval: cannot read '{options.File}': {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }

        try
        {
            var (format, items) = EvalItems.Read(content, options.Split);
            var (report, shortfalls) = format == EvalFormat.Reflection ? Reflection(options, items) : Deidentification(options, items);
            await stdout.WriteLineAsync(report);
            foreach (var s in shortfalls)
            {
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"paincare eval: {s.Measure} {s.Value:0.###} is {(s.IsMaximum ? "above the allowed" : "below the required")} {s.Limit}"));
            }

            return shortfalls.Count == 0 ? 0 : 1;
        }
        catch (FormatException e)
        {
            await stderr.WriteLineAsync($"paincare eval: '{options.File}': {e.Message}");
            return 1;
        }
    }

    private static (string Report, List<EvalShortfall> Shortfalls) Reflection(EvalOptions options, IReadOnlyList<System.Text.Json.JsonElement> items)
    {
        var score = EvalReflection.Score(items, ReflectionEngine.Default);
        if (options.CountsOnly)
        {
            score = score with { Misses = [] };
        }
        if (options.FeaturesOut is { } path)
        {
            File.WriteAllLines(path, items.Select(i => System.Text.Json.JsonSerializer.Serialize(new
            {
                id = i.GetProperty("id").GetString(),
                counts = ReflectionEngine.Default.CueCounts(i.GetProperty("text").GetString()!),
            })));
        }

        var shortfalls = new List<EvalShortfall>();
        AtLeast(shortfalls, "micro-F1", score.MicroF1, options.MinF1);
        foreach (var category in score.Categories.Where(c => c.Tp + c.Fn + c.Fp > 0))
        {
            AtLeast(shortfalls, $"{category.Category} F1", category.F1, options.MinCategoryF1);
        }

        var report = options.Json ? EvalReport.Json(options.File, options.Split, score, shortfalls) : EvalReport.Text(options.File, options.Split, score);
        return (report, shortfalls);
    }

    private static (string Report, List<EvalShortfall> Shortfalls) Deidentification(EvalOptions options, IReadOnlyList<System.Text.Json.JsonElement> items)
    {
        var score = EvalDeidentification.Score(items, new Deidentifier());
        if (options.CountsOnly)
        {
            score = score with { WithKnown = Anonymous(score.WithKnown), WithoutKnown = Anonymous(score.WithoutKnown) };
        }
        var shortfalls = new List<EvalShortfall>();
        AtLeast(shortfalls, "recall with known", score.WithKnown.Recall, options.MinRecall);
        AtLeast(shortfalls, "recall without known", score.WithoutKnown.Recall, options.MinRecallUnknown);
        AtLeast(shortfalls, "keep-rate with known", score.WithKnown.KeepRate, options.MinKeep);
        AtLeast(shortfalls, "keep-rate without known", score.WithoutKnown.KeepRate, options.MinKeep);
        if (options.MaxKnownLeaks is { } max && score.WithKnown.KnownLeaks.Count > max)
        {
            shortfalls.Add(new EvalShortfall("known-identifier leaks", score.WithKnown.KnownLeaks.Count, max, IsMaximum: true));
        }

        var report = options.Json ? EvalReport.Json(options.File, options.Split, score, shortfalls) : EvalReport.Text(options.File, options.Split, score);
        return (report, shortfalls);
    }

    private static DeidPass Anonymous(DeidPass pass) => pass with
    {
        Leaks = [.. pass.Leaks.Select(l => l with { Id = "", Text = "" })],
        KnownLeaks = [.. pass.KnownLeaks.Select(l => l with { Id = "", Text = "" })],
    };

    private static void AtLeast(List<EvalShortfall> shortfalls, string measure, double value, double? limit)
    {
        if (limit is { } minimum && value < minimum)
        {
            shortfalls.Add(new EvalShortfall(measure, value, minimum));
        }
    }
}
