using System.Text.Json;
using System.Text.RegularExpressions;
using PainCare.Deidentification;

namespace PainCare.Cli.Commands;

/// <summary>One identifier still present in the output: the item, its labelled category and the leaked text.</summary>
public sealed record DeidLeak(string Id, string Category, string Text);

/// <summary>One pass over the file, with the record's known identifiers passed to the scrubber or withheld.</summary>
public sealed record DeidPass(bool WithKnown, int Identifiers, IReadOnlyList<DeidLeak> Leaks, int KeepTerms, int Kept, IReadOnlyList<DeidLeak> KnownLeaks)
{
    public double Recall => Identifiers == 0 ? 1 : 1.0 - ((double)Leaks.Count / Identifiers);

    public double KeepRate => KeepTerms == 0 ? 1 : (double)Kept / KeepTerms;
}

public sealed record DeidScore(int Items, DeidPass WithKnown, DeidPass WithoutKnown);

/// <summary>
/// Scores the de-identifier as shared/docs/deidentification-spec.md defines: a leak is an identifier string still in the
/// output (case-insensitive, whole word); recall = 1 - leaks / identifiers; keep-rate = kept terms / keep terms (exact
/// case). A known leak is a leaked identifier that is, or is a word of, one of the record's <c>known</c> entries, or a
/// whole <c>known</c> entry still in the output.
/// </summary>
public static class EvalDeidentification
{
    public static DeidScore Score(IReadOnlyList<JsonElement> items, Deidentifier deidentifier) =>
        Score(items, request => deidentifier.Deidentify(request).Text);

    /// <summary>Scores any scrubber that maps a request to its output text (the tests check the arithmetic with stand-ins).</summary>
    public static DeidScore Score(IReadOnlyList<JsonElement> items, Func<DeidentificationRequest, string> scrub) =>
        new(items.Count, Pass(items, scrub, withKnown: true), Pass(items, scrub, withKnown: false));

    public static bool Contains(string output, string term) =>
        Regex.IsMatch(output, $@"(?<!\w){Regex.Escape(term)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static DeidPass Pass(IReadOnlyList<JsonElement> items, Func<DeidentificationRequest, string> scrub, bool withKnown)
    {
        var (identifiers, keepTerms, kept) = (0, 0, 0);
        var leaks = new List<DeidLeak>();
        var knownLeaks = new List<DeidLeak>();
        foreach (var item in items)
        {
            var id = item.GetProperty("id").GetString()!;
            var known = Strings(item, "known");
            var output = scrub(new DeidentificationRequest(item.GetProperty("text").GetString()!, withKnown ? known : []));
            foreach (var identifier in item.GetProperty("identifiers").EnumerateArray())
            {
                identifiers++;
                var text = identifier.GetProperty("text").GetString()!;
                if (!Contains(output, text))
                {
                    continue;
                }

                var leak = new DeidLeak(id, identifier.GetProperty("category").GetString()!, text);
                leaks.Add(leak);
                if (known.Any(k => Contains(k, text)))
                {
                    knownLeaks.Add(leak);
                }
            }

            foreach (var entry in known.Where(k => Contains(output, k) && !knownLeaks.Any(l => l.Id == id && l.Text == k)))
            {
                knownLeaks.Add(new DeidLeak(id, "known", entry));
            }

            foreach (var term in Strings(item, "keep"))
            {
                keepTerms++;
                kept += output.Contains(term, StringComparison.Ordinal) ? 1 : 0;
            }
        }

        return new DeidPass(withKnown, identifiers, leaks, keepTerms, kept, knownLeaks);
    }

    private static List<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).Where(s => s.Length > 0).ToList()
            : [];
}
