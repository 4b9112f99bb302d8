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
