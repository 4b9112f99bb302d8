using PainCare.Domain.Narratives;

namespace PainCare.Web.Features.Alliance;

/// <summary>One structured observation of a session's narrative, as the trend reads it: its kind and catalogue aspect, never its text.</summary>
public sealed record MarkedObservation(Guid SessionId, ObservationKind Kind, string? Aspect);

/// <summary>One reflection prompt the clinician answered or pinned for a session.</summary>
public sealed record MarkedPrompt(Guid SessionId, bool Answered, bool Pinned);

/// <summary>
/// What a session's narrative recorded that matters when reading the alliance beside it: safety cues (with their
/// aspects, e.g. "guarding"), moments of strain and of connection, and reflection prompts answered or pinned.
/// Counts and catalogue words only: no note text reaches the chart.
/// </summary>
public sealed record SessionMarks(int SafetyCues, IReadOnlyList<string> SafetyAspects, int Strains, int Connections, int PromptsAnswered, int PromptsPinned)
{
    public static SessionMarks None { get; } = new(0, [], 0, 0, 0, 0);

    public bool Any => SafetyCues + Strains + Connections + PromptsAnswered + PromptsPinned > 0;

    public int Prompts => PromptsAnswered + PromptsPinned;

    /// <summary>Each session's marks from the patient's observations and prompt responses, loaded once for all sessions.</summary>
    public static IReadOnlyDictionary<Guid, SessionMarks> BySession(IEnumerable<MarkedObservation> observations, IEnumerable<MarkedPrompt> prompts)
    {
        var kinds = observations.ToLookup(o => o.SessionId);
        var responses = prompts.ToLookup(p => p.SessionId);
        return kinds.Select(g => g.Key).Union(responses.Select(g => g.Key)).ToDictionary(id => id, id =>
        {
            var cues = kinds[id].Where(o => o.Kind == ObservationKind.SafetyCue).ToList();
            return new SessionMarks(
                cues.Count,
                [.. cues.Select(o => o.Aspect).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                kinds[id].Count(o => o.Kind == ObservationKind.Strain),
                kinds[id].Count(o => o.Kind == ObservationKind.Connection),
                responses[id].Count(p => p.Answered),
                responses[id].Count(p => p.Pinned));
        });
    }
}
