using PainCare.Reflection.Matching;
using PainCare.Reflection.Model;

namespace PainCare.Reflection.Rules;

/// <summary>Evaluates the catalogue's rules over a note's features, in category order then catalogue order.</summary>
internal sealed class RuleEngine(Catalogue catalogue)
{
    public IReadOnlyList<ReflectionPrompt> Evaluate(FeatureSet features, ReflectionInput input)
    {
        var prompts = new List<(int Order, ReflectionPrompt Prompt)>();
        for (var r = 0; r < catalogue.Rules.Count; r++)
        {
            var rule = catalogue.Rules[r];
            var present = rule.WhenAny.Where(features.Has).ToList();
            if (present.Count == 0 || rule.UnlessAny.Any(features.Has))
            {
                continue;
            }

            var order = (IndexOf(rule.Category) * 1000) + r;
            prompts.Add((order, new ReflectionPrompt(rule.Category, rule.Id, PromptPicker.Pick(rule, input.NoteId, input.Date), Evidence(rule, present, features))));
        }

        return prompts.OrderBy(p => p.Order).Select(p => p.Prompt).ToList();
    }

    private static int IndexOf(string category)
    {
        for (var i = 0; i < Categories.All.Count; i++)
        {
            if (Categories.All[i] == category)
            {
                return i;
            }
        }

        return Categories.All.Count;
    }

    private static PromptEvidence Evidence(Rule rule, List<string> present, FeatureSet features)
    {
        var spans = present.SelectMany(features.Spans).DistinctBy(s => (s.Start, s.End)).OrderBy(s => s.Start).Take(ReflectionEngine.MaxEvidenceSpans).ToList();
        var data = present.Where(f => f.Contains(':', StringComparison.Ordinal) && f != Features.PatientQuote).ToList();
        if (rule.UnlessAny.Count > 0)
        {
            data.Add($"none found: {string.Join(", ", rule.UnlessAny)}");
        }

        return new PromptEvidence(spans, data);
    }
}
