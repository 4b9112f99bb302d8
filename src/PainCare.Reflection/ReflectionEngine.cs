using PainCare.Reflection.Matching;
using PainCare.Reflection.Model;
using PainCare.Reflection.Rules;
using PainCare.Reflection.Text;

namespace PainCare.Reflection;

/// <summary>
/// Offers reflection prompts for one session note. Pure and deterministic: no I/O after the data is loaded,
/// no clock, no randomness. Thread-safe; one instance can serve every request.
/// </summary>
public sealed class ReflectionEngine(ReflectionData data)
{
    private static readonly Lazy<ReflectionEngine> _defaultEngine = new(() => new ReflectionEngine(ReflectionData.Embedded));

    private readonly CueAnalyser _analyser = new(data.Lexicon);
    private readonly RuleEngine _rules = new(data.Catalogue);

    /// <summary>Most narrative spans one prompt carries; a 100,000-character note must not yield a huge explanation.</summary>
    public const int MaxEvidenceSpans = 12;

    /// <summary>An engine over the embedded data files.</summary>
    public static ReflectionEngine Default => _defaultEngine.Value;

    public IReadOnlyList<ReflectionPrompt> Reflect(string text) => Reflect(new ReflectionInput(text));

    /// <summary>
    /// The structural evidence behind a note's prompts: for each lexicon cue group, how many matches were kept and how
    /// many were masked, set in the past, negated or about someone else (keys "group/Outcome"), plus the word count and
    /// the number of patient quotations. For evaluation and for fitting a scorer; holds no text.
    /// </summary>
    public IReadOnlyDictionary<string, int> CueCounts(string text)
    {
        using var tokens = Tokenizer.Tokenize(text ?? string.Empty);
        var tally = new CueTally(data.Lexicon.Groups.Count);
        var features = _analyser.Analyse(tokens, tally);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["words"] = tokens.Count,
            [Features.PatientQuote] = features.Spans(Features.PatientQuote).Count,
        };
        foreach (var group in data.Lexicon.Groups.Where(g => g.IsCue))
        {
            foreach (var outcome in Enum.GetValues<CueOutcome>())
            {
                counts[$"{group.Id}/{outcome}"] = tally.Count(group.Index, outcome);
            }
        }

        return counts;
    }

    public IReadOnlyList<ReflectionPrompt> Reflect(ReflectionInput input)
    {
        using var tokens = Tokenizer.Tokenize(input.Text ?? string.Empty);
        var features = _analyser.Analyse(tokens);
        foreach (var observation in input.Observations)
        {
            features.Add(Features.Observation(observation));
        }

        foreach (var signal in input.AllianceSignals)
        {
            features.Add(Features.Alliance(signal));
        }

        if (input.Attendance is { } attendance)
        {
            features.Add(Features.Attended(attendance));
        }

        return _rules.Evaluate(features, input);
    }
}
