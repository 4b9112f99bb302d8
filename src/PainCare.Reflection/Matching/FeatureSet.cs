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

    /// <summary>Records the feature; the evidence string is only cut from the text while there is room for it.</summary>
    public void Add(string feature, string text, int start, int end)
    {
        _present.Add(feature);
        if (!_spans.TryGetValue(feature, out var list))
        {
            list = [];
            _spans[feature] = list;
        }

        if (list.Count < MaxSpansPerFeature && !Contains(list, start, end))
        {
            list.Add(new EvidenceSpan(start, end, text[start..end]));
        }
    }

    // A plain loop: a capturing lambda here would allocate on every cue of a long note.
    private static bool Contains(List<EvidenceSpan> list, int start, int end)
    {
        foreach (var span in list)
        {
            if (span.Start == start && span.End == end)
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<EvidenceSpan> Spans(string feature) => _spans.TryGetValue(feature, out var list) ? list : [];
}
