using PainCare.Reflection.Matching;
using PainCare.Reflection.Model;
using PainCare.Reflection.Rules;

namespace PainCare.Reflection.Loading;

/// <summary>Reads and validates the prompt catalogue against the lexicon it refers to.</summary>
internal static class CatalogueLoader
{
    public const int Version = 1;

    public static Catalogue Load(string file, ReadOnlySpan<byte> utf8, Lexicon lexicon)
    {
        var data = new DataFile(file);
        var root = JsonTree.Parse(file, utf8);
        data.RequireVersion(root, Version);
        data.AllowOnly(root, "version", "rules");
        var rules = new List<Rule>();
        foreach (var item in data.Array(root, "rules"))
        {
            data.AllowOnly(item, "id", "category", "whenAny", "unlessAny", "prompts");
            var id = data.String(item, "id");
            if (rules.Any(r => r.Id == id))
            {
                throw data.Error(item, $"duplicate rule id '{id}'");
            }

            var category = data.String(item, "category");
            if (!Categories.All.Contains(category))
            {
                throw data.Error(item.Property("category")!, $"unknown category '{category}'; expected one of {string.Join(", ", Categories.All)}");
            }

            var whenAny = Known(data, item, "whenAny", lexicon, allowEmpty: false);
            var unlessAny = item.Property("unlessAny") is null ? [] : Known(data, item, "unlessAny", lexicon, allowEmpty: true);
            rules.Add(new Rule(id, category, whenAny, unlessAny, data.Strings(item, "prompts")));
        }

        return new Catalogue(rules);
    }

    private static IReadOnlyList<string> Known(DataFile data, JsonTree item, string name, Lexicon lexicon, bool allowEmpty)
    {
        var features = data.Strings(item, name, allowEmpty);
        foreach (var feature in features)
        {
            if (lexicon.Find(feature) is null && !Features.Structured.Contains(feature))
            {
                throw data.Error(data.Required(item, name), $"unknown feature '{feature}' in '{name}': not a lexicon group or structured feature");
            }
        }

        return features;
    }
}
