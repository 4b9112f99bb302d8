using System.Text.Json;
using PainCare.Cli;

namespace PainCare.UnitTests.Deidentification;

/// <summary>Which items of an evaluation file to score: all, the tuning half (odd-numbered) or the held-out half (even-numbered).</summary>
public enum EvaluationPart
{
    Whole,
    Odd,
    Even,
}

/// <summary>Figures for one scoring run, as the spec defines them.</summary>
public sealed record EvaluationScore(int Vignettes, int Identifiers, int Leaks, int KnownLeaks, int KeepTotal, int Kept, IReadOnlyDictionary<string, List<string>> LeaksByCategory, IReadOnlyList<string> LostKeeps)
{
    public double Recall => 1.0 - (double)Leaks / Identifiers;

    public double KeepRate => (double)Kept / KeepTotal;
}

/// <summary>
/// Scores the batch CLI path over a shared evaluation file: a leak is an identifier still present in the output
/// (case-insensitive, whole word); recall = 1 - leaks / identifiers; keep-rate = kept / keep terms. A known leak is an
/// identifier that is, or is contained in, one of the row's <c>known</c> entries.
/// </summary>
public static class EvaluationSet
{
    public static async Task<EvaluationScore> ScoreAsync(string fileName, bool withKnown, EvaluationPart part = EvaluationPart.Whole)
    {
        var rows = File.ReadAllLines(PathOf(fileName)).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonDocument.Parse(l).RootElement)
            .Where((_, i) => part == EvaluationPart.Whole || (i % 2 == 0) == (part == EvaluationPart.Odd)).ToList();
        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(input, rows.Select(r => JsonSerializer.Serialize(new
            {
                id = r.GetProperty("id").GetString(),
                text = r.GetProperty("text").GetString(),
                known = withKnown ? Known(r) : [],
            })));
            var stdout = new StringWriter();
            var exit = await CliApp.RunAsync(["deidentify", "--jsonl", input], stdout, new StringWriter());
            Assert.Equal(0, exit);
            var outputs = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(rows.Count, outputs.Count);
            var (identifiers, leaks, knownLeaks, keepTotal, kept) = (0, 0, 0, 0, 0);
            var byCategory = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            var lost = new List<string>();
            for (var i = 0; i < rows.Count; i++)
            {
                var id = rows[i].GetProperty("id").GetString();
                var text = outputs[i].GetProperty("text").GetString()!;
                foreach (var identifier in rows[i].GetProperty("identifiers").EnumerateArray())
                {
                    identifiers++;
                    var value = identifier.GetProperty("text").GetString()!;
                    if (!Scrub.Contains(text, value))
                    {
                        continue;
                    }

                    leaks++;
                    knownLeaks += Known(rows[i]).Any(k => Scrub.Contains(k, value) || SameDate(k, value)) ? 1 : 0;
                    var category = identifier.GetProperty("category").GetString()!;
                    byCategory.TryAdd(category, []);
                    byCategory[category].Add($"{id}: {value}");
                }

                foreach (var term in rows[i].GetProperty("keep").EnumerateArray().Select(k => k.GetString()!))
                {
                    keepTotal++;
                    if (text.Contains(term, StringComparison.Ordinal))
                    {
                        kept++;
                    }
                    else
                    {
                        lost.Add($"{id}: {term}");
                    }
                }
            }

            return new EvaluationScore(rows.Count, identifiers, leaks, knownLeaks, keepTotal, kept, byCategory, lost);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static readonly string[] _dateFormats =
        ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d/M/yy", "d-M-yy", "yyyy-M-d", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy"];

    /// <summary>A date of birth written in another form ("9 June 1981" for a known "09/06/1981") is still the record's.</summary>
    private static bool SameDate(string known, string value)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var ordinal = System.Text.RegularExpressions.Regex.Replace(value, @"(?<=\d)(?:st|nd|rd|th)\b", string.Empty);
        return DateOnly.TryParseExact(known.Trim(), _dateFormats, culture, System.Globalization.DateTimeStyles.None, out var a)
            && DateOnly.TryParseExact(ordinal.Trim(), _dateFormats, culture, System.Globalization.DateTimeStyles.None, out var b) && a == b;
    }

    private static string[] Known(JsonElement row) => [.. row.GetProperty("known").EnumerateArray().Select(k => k.GetString()!)];

    private static string PathOf(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PainCare.sln")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, $"No folder containing PainCare.sln above {AppContext.BaseDirectory}; cannot find the evaluation sets.");
        var path = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "eval", fileName));
        Assert.True(File.Exists(path), $"Evaluation set missing: expected {path} (shared/ must sit beside the repository).");
        return path;
    }
}
