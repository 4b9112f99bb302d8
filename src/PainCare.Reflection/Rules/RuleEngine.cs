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

        // One prompt per category: several rules can find the same thing (a safety cue in the text and one recorded as an
        // observation); the clinician sees it once, worded by the first rule, with all of their evidence.
        return prompts.OrderBy(p => p.Order).Select(p => p.Prompt).GroupBy(p => p.Category)
            .Select(g => g.Skip(1).Any() ? g.First() with { Evidence = Merge(g.Select(p => p.Evidence)) } : g.First())
            .ToList();
    }

    private static PromptEvidence Merge(IEnumerable<PromptEvidence> all)
    {
        var list = all.ToList();
        var spans = list.SelectMany(e => e.Spans).DistinctBy(s => (s.Start, s.End)).OrderBy(s => s.Start).Take(ReflectionEngine.MaxEvidenceSpans).ToList();
        return new PromptEvidence(spans, list.SelectMany(e => e.Data).Distinct().ToList());
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
