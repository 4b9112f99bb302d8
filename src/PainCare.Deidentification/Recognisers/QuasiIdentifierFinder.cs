using System.Text.RegularExpressions;
using PainCare.Deidentification.Gazetteers;
using PainCare.Deidentification.Scanning;

namespace PainCare.Deidentification.Recognisers;

/// <summary>Quasi-identifiers (nationality, religion, occupation, rare condition, unusual event, family make-up, pinned dates) for review.</summary>
internal static partial class QuasiIdentifierFinder
{
    private static readonly Lazy<Dictionary<string, List<(string[] Keys, string Category, bool Capitalised)>>> _index = new(Build);

    public static List<ReviewItem> Find(ScanContext context)
    {
        var items = new List<ReviewItem>();
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_index.Value.TryGetValue(tokens[i].Key, out var entries))
            {
                continue;
            }

            foreach (var (keys, category, capitalised) in entries)
            {
                if (i + keys.Length > tokens.Count || (capitalised && !tokens[i].IsCapitalised))
                {
                    continue;
                }

                var match = true;
                for (var k = 1; k < keys.Length && match; k++)
                {
                    match = tokens[i + k].Key == keys[k] && context.Gap(i + k - 1, i + k).Trim(" -").IsEmpty;
                }

                if (match)
                {
                    var end = tokens[i + keys.Length - 1].End;
                    items.Add(new ReviewItem(tokens[i].Start, end, category, context.Text[tokens[i].Start..end]));
                    i += keys.Length - 1;
                    break;
                }
            }
        }

        foreach (Match m in PinnedYear().Matches(context.Text))
        {
            items.Add(new ReviewItem(m.Index, m.Index + m.Length, "event", m.Value));
        }

        return items;
    }

    private static Dictionary<string, List<(string[] Keys, string Category, bool Capitalised)>> Build()
    {
        var index = new Dictionary<string, List<(string[], string, bool)>>(StringComparer.Ordinal);
        foreach (var (category, phrase) in Gazetteer.QuasiIdentifiers)
        {
            var keys = Tokenizer.Tokenize(phrase).Select(t => t.Key).ToArray();
            if (!index.TryGetValue(keys[0], out var list))
            {
                list = [];
                index[keys[0]] = list;
            }

            list.Add((keys, category, char.IsUpper(phrase[0]) && category is "religion" or "ethnicity"));
        }

        foreach (var list in index.Values)
        {
            list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        }

        return index;
    }

    [GeneratedRegex(@"\bsince\s+(?:the\s+)?(?:19|20)\d{2}\b(?:\s+\p{Lu}\p{L}+)*(?:\s+\p{Ll}+)?", RegexOptions.CultureInvariant)]
    private static partial Regex PinnedYear();
}
