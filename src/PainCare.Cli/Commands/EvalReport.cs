using System.Globalization;
using System.Text.Json;
using PainCare.Reflection.Batch;

namespace PainCare.Cli.Commands;

/// <summary>A threshold the scores did not meet: <paramref name="Value"/> is below a minimum, or above a maximum when <paramref name="IsMaximum"/>.</summary>
public sealed record EvalShortfall(string Measure, double Value, double Limit, bool IsMaximum = false);

/// <summary>Writes <c>paincare eval</c> results as an aligned text table or as one JSON document.</summary>
public static class EvalReport
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    public static string Text(string file, EvalSplit split, ReflectionScore score)
    {
        var lines = new List<string>
        {
            $"reflection: {file} ({Describe(split)}, {score.Items} narratives)",
            $"{"category",-20} {"P",6} {"R",6} {"F1",6} {"tp",4} {"fp",4} {"fn",4}",
        };
        lines.AddRange(score.Categories.Select(c => string.Create(_invariant,
            $"{c.Category,-20} {c.Precision,6:F3} {c.Recall,6:F3} {c.F1,6:F3} {c.Tp,4} {c.Fp,4} {c.Fn,4}")));
        lines.Add(string.Create(_invariant, $"{"micro",-20} {score.MicroPrecision,6:F3} {score.MicroRecall,6:F3} {score.MicroF1,6:F3} {score.Tp,4} {score.Fp,4} {score.Fn,4}"));
        lines.AddRange(score.Misses.Select(m => $"  {m.Id}: missed [{string.Join(", ", m.Missed)}] extra [{string.Join(", ", m.Extra)}]"));
        return string.Join('\n', lines);
    }

    public static string Text(string file, EvalSplit split, DeidScore score)
    {
        var lines = new List<string> { $"de-identification: {file} ({Describe(split)}, {score.Items} vignettes)" };
        foreach (var pass in new[] { score.WithKnown, score.WithoutKnown })
        {
            lines.Add(string.Create(_invariant,
                $"{(pass.WithKnown ? "with known" : "without known"),-14} recall {pass.Recall:F3} ({pass.Leaks.Count} leaked of {pass.Identifiers})  keep-rate {pass.KeepRate:F3} ({pass.Kept}/{pass.KeepTerms})  known leaks {pass.KnownLeaks.Count}"));
            foreach (var group in pass.Leaks.GroupBy(l => l.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                lines.Add($"  {group.Key}: {group.Count()} leaked{Listed(group)}");
            }

            if (pass.KnownLeaks.Count > 0)
            {
                lines.Add($"  known: {pass.KnownLeaks.Count}{Listed(pass.KnownLeaks)}");
            }
        }

        return string.Join('\n', lines);
    }

    public static string Json(string file, EvalSplit split, ReflectionScore score, IReadOnlyList<EvalShortfall> shortfalls) => Write(w =>
    {
        Header(w, file, split, "reflection", score.Items);
        w.WriteStartObject("micro");
        WriteScores(w, score.MicroPrecision, score.MicroRecall, score.MicroF1, score.Tp, score.Fp, score.Fn);
        w.WriteEndObject();
        w.WriteStartObject("categories");
        foreach (var c in score.Categories)
        {
            w.WriteStartObject(c.Category);
            WriteScores(w, c.Precision, c.Recall, c.F1, c.Tp, c.Fp, c.Fn);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("misses");
        foreach (var m in score.Misses)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            Strings(w, "missed", m.Missed);
            Strings(w, "extra", m.Extra);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Shortfalls(w, shortfalls);
    });

    public static string Json(string file, EvalSplit split, DeidScore score, IReadOnlyList<EvalShortfall> shortfalls) => Write(w =>
    {
        Header(w, file, split, "deidentification", score.Items);
        foreach (var pass in new[] { score.WithKnown, score.WithoutKnown })
        {
            w.WriteStartObject(pass.WithKnown ? "withKnown" : "withoutKnown");
            w.WriteNumber("identifiers", pass.Identifiers);
            w.WriteNumber("recall", Math.Round(pass.Recall, 4));
            w.WriteNumber("keepTerms", pass.KeepTerms);
            w.WriteNumber("kept", pass.Kept);
            w.WriteNumber("keepRate", Math.Round(pass.KeepRate, 4));
            Leaks(w, "leaks", pass.Leaks);
            Leaks(w, "knownLeaks", pass.KnownLeaks);
            w.WriteEndObject();
        }

        Shortfalls(w, shortfalls);
    });

    /// <summary>The leaks' ids and texts in brackets, or nothing when they were withheld (<c>--counts-only</c>).</summary>
    private static string Listed(IEnumerable<DeidLeak> leaks) =>
        leaks.All(l => l.Id.Length == 0) ? string.Empty : $" ({string.Join("; ", leaks.Select(l => $"{l.Id}: {l.Text}"))})";

    private static string Describe(EvalSplit split) => split == EvalSplit.All ? "all items" : $"{split.ToString().ToLowerInvariant()}-numbered items";

    private static void Header(Utf8JsonWriter w, string file, EvalSplit split, string module, int items)
    {
        w.WriteString("file", file);
        w.WriteString("module", module);
        w.WriteString("ids", split.ToString().ToLowerInvariant());
        w.WriteNumber("items", items);
    }

    private static void WriteScores(Utf8JsonWriter w, double p, double r, double f1, int tp, int fp, int fn)
    {
        w.WriteNumber("precision", Math.Round(p, 4));
        w.WriteNumber("recall", Math.Round(r, 4));
        w.WriteNumber("f1", Math.Round(f1, 4));
        w.WriteNumber("tp", tp);
        w.WriteNumber("fp", fp);
        w.WriteNumber("fn", fn);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Leaks(Utf8JsonWriter w, string name, IReadOnlyList<DeidLeak> leaks)
    {
        w.WriteStartArray(name);
        foreach (var leak in leaks)
        {
            w.WriteStartObject();
            w.WriteString("category", leak.Category);
            if (leak.Id.Length > 0)
            {
                w.WriteString("id", leak.Id);
                w.WriteString("text", leak.Text);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Shortfalls(Utf8JsonWriter w, IReadOnlyList<EvalShortfall> shortfalls)
    {
        w.WriteBoolean("passed", shortfalls.Count == 0);
        w.WriteStartArray("shortfalls");
        foreach (var s in shortfalls)
        {
            w.WriteStartObject();
            w.WriteString("measure", s.Measure);
            w.WriteNumber("value", Math.Round(s.Value, 4));
            w.WriteNumber(s.IsMaximum ? "maximum" : "minimum", s.Limit);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, PromptJson.WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
