namespace PainCare.Deidentification;

/// <summary>
/// The last check before a vignette leaves its author: the whole recogniser set plus every identifier the records know,
/// on normalised text. Substitutes already placed by de-identification are not flagged again.
/// </summary>
public static class FinalScan
{
    public static IReadOnlyList<ScanHit> Find(string text, IReadOnlyList<string> known, IReadOnlyCollection<string>? placed = null, DeidentificationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var placedSet = new HashSet<string>(placed ?? [], StringComparer.OrdinalIgnoreCase);
        var knownSpans = KnownIdentifierScan.Find(text, known);
        var result = new Deidentifier(options).Deidentify(new DeidentificationRequest(text, known));
        var hits = result.Replacements
            .Where(r => !placedSet.Contains(r.Original) || knownSpans.Any(k => k.Start < r.End && r.Start < k.End))
            .Select(r => new ScanHit(r.Start, r.End, r.Category, r.Original, r.Surrogate, knownSpans.Any(k => k.Start < r.End && r.Start < k.End)))
            .ToList();
        foreach (var leak in knownSpans.Where(k => !hits.Any(h => h.Start < k.End && k.Start < h.End)))
        {
            hits.Add(new ScanHit(leak.Start, leak.End, Categories.Name, leak.Text, "[removed]", true));
        }

        return [.. hits.OrderBy(h => h.Start)];
    }

    /// <summary>The text with every hit not in <paramref name="keep"/> replaced by its suggestion.</summary>
    public static string Apply(string text, IReadOnlyList<ScanHit> hits, Func<ScanHit, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new System.Text.StringBuilder(text.Length + 32);
        var cursor = 0;
        foreach (var hit in hits.OrderBy(h => h.Start).Where(h => !keep(h) && h.Start >= 0))
        {
            if (hit.Start < cursor)
            {
                continue;
            }

            output.Append(text, cursor, hit.Start - cursor).Append(hit.Suggestion);
            cursor = hit.End;
        }

        return output.Append(text, cursor, text.Length - cursor).ToString();
    }
}
