namespace PainCare.Data.Search;

/// <summary>
/// One search hit. <see cref="Headline"/> is plain text with the matched words between <see cref="SearchMarks.Start"/>
/// and <see cref="SearchMarks.Stop"/>; the page HTML-encodes it before turning the marks into highlights.
/// </summary>
public sealed record NarrativeSearchRow(Guid SessionId, string PatientName, DateTimeOffset StartsAt, string Headline);

/// <summary>Full-text search over one clinician's patients' narratives, ranked best first; one implementation per engine.</summary>
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
