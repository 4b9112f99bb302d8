using PainCare.Data.Search;

namespace PainCare.Web.Features.Search;

/// <summary>The search page's words: where a session matched, and how many sessions, in clinic English with plurals.</summary>
public static class SearchWords
{
    private static readonly SearchPlaces[] _order = [SearchPlaces.Narrative, SearchPlaces.Addendum, SearchPlaces.Observation, SearchPlaces.Reflection];

    /// <summary>
    /// Where a session matched, naming first the place its snippet comes from: "Found in an addendum; also in the
    /// narrative and in your reflection."
    /// </summary>
    public static string Where(SearchPlaces places, SearchPlaces snippetFrom)
    {
        var others = _order.Where(p => p != snippetFrom && places.HasFlag(p)).Select(Place).ToList();
        return others.Count == 0 ? $"Found {Place(snippetFrom)}." : $"Found {Place(snippetFrom)}; also {Join(others)}.";
    }

    /// <summary>The line above the hits: how many sessions match, or how many are shown when more remain.</summary>
    public static string Summary(int shown, bool hasMore) => (shown, hasMore) switch
    {
        (0, _) => "No sessions match.",
        (1, false) => "1 matching session:",
        (_, false) => $"{shown} matching sessions, best first:",
        (1, true) => "The best-matching session so far:",
        (_, true) => $"The {shown} best-matching sessions so far, best first:",
    };

    private static string Place(SearchPlaces place) => place switch
    {
        SearchPlaces.Narrative => "in the narrative",
        SearchPlaces.Addendum => "in an addendum",
        SearchPlaces.Observation => "in an observation",
        SearchPlaces.Reflection => "in your reflection",
        _ => throw new ArgumentOutOfRangeException(nameof(place), place, "One place is named at a time."),
    };

    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";
}
