using PainCare.Reflection.Model;

namespace PainCare.Reflection.Matching;

/// <summary>The features found in one note, each with the narrative spans or structured data behind it.</summary>
internal sealed class FeatureSet
{
    private const int MaxSpansPerFeature = ReflectionEngine.MaxEvidenceSpans;

    private readonly Dictionary<string, List<EvidenceSpan>> _spans = new(StringComparer.Ordinal);
    private readonly HashSet<string> _present = new(StringComparer.Ordinal);

    public bool Has(string feature) => _present.Contains(feature);

    public void Add(string feature) => _present.Add(feature);

    public void Add(string feature, EvidenceSpan span)
    {
        _present.Add(feature);
        if (!_spans.TryGetValue(feature, out var list))
        {
            list = [];
            _spans[feature] = list;
        }

        if (list.Count < MaxSpansPerFeature && !list.Exists(s => s.Start == span.Start && s.End == span.End))
        {
            list.Add(span);
        }
    }

    public IReadOnlyList<EvidenceSpan> Spans(string feature) => _spans.TryGetValue(feature, out var list) ? list : [];
}
