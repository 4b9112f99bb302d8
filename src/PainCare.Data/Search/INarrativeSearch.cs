namespace PainCare.Data.Search;

/// <summary>Where in a session a search matched; a session's hit may name several (ADR 0330). The values are the SQL's.</summary>
[Flags]
public enum SearchPlaces
{
    None = 0,
    Narrative = 1,
    Addendum = 2,
    Observation = 4,
    Reflection = 8,
}

/// <summary>
/// One search hit: a session, every place in it that matched, and a headline from its best match.
/// <see cref="Headline"/> is plain text with the matched words between <see cref="SearchMarks.Start"/> and
/// <see cref="SearchMarks.Stop"/>; the page HTML-encodes it before turning the marks into highlights.
/// </summary>
public sealed record NarrativeSearchRow(Guid SessionId, string PatientName, DateTimeOffset StartsAt, string Headline, SearchPlaces Places, SearchPlaces HeadlineFrom);

/// <summary>
/// Full-text search over one clinician's patients' sessions: the narrative, its addenda and observations, and the
/// clinician's own reflection answers; one row per session, ranked by its best match; one implementation per engine.
/// </summary>
public interface INarrativeSearch
{
    Task<IReadOnlyList<NarrativeSearchRow>> SearchAsync(PainCareDbContext db, string clinicianId, string terms, int offset, int limit, CancellationToken cancellationToken);
}

/// <summary>Control characters that cannot occur in a saved narrative (input refuses them), so they safely mark highlights.</summary>
public static class SearchMarks
{
    public const string Start = "\u0002";

    public const string Stop = "\u0003";
}
