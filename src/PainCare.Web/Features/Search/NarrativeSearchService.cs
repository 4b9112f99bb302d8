using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Providers;
using PainCare.Data.Search;
using PainCare.Domain.Narratives;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Search;

/// <summary>One session that matched: where (<see cref="Where"/> in words) and a highlighted snippet of its best match.</summary>
public sealed record SearchHit(Guid SessionId, string PatientName, DateTimeOffset StartsAt, MarkupString Snippet, SearchPlaces Places, string Where);

/// <summary>One page of hits, best first, and whether a further page exists.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, bool HasMore)
{
    public static readonly SearchResults None = new([], false);
}

/// <summary>
/// Full-text search over the clinician's own patients' sessions: narratives, addenda, observations and the clinician's own
/// reflection answers (the engine's own search, ranked: ADR 0130, 0330), one hit per session, with highlighted snippets
/// that are HTML-encoded before the highlights are added.
/// </summary>
public sealed class NarrativeSearchService(IDbContextFactory<PainCareDbContext> contextFactory, IAuditTrail audit)
{
    public const int PageSize = 25;

    /// <summary>
    /// The hits after the first <paramref name="skip"/>; nothing for terms <see cref="SearchTerms"/> does not accept.
    /// Each page shown is one audit row naming how many hits it showed, never the terms.
    /// </summary>
    public async Task<SearchResults> SearchAsync(string clinicianId, string terms, int skip = 0, CancellationToken cancellationToken = default)
    {
        var results = await SearchCoreAsync(clinicianId, terms, skip, cancellationToken);
        await audit.RecordAsync(
            new AuditEntry(AuditActions.NarrativeSearch, AuditOutcomes.Succeeded, clinicianId, AuditEntities.SearchResults, results.Hits.Count.ToString(CultureInfo.InvariantCulture)),
            cancellationToken);
        return results;
    }

    private async Task<SearchResults> SearchCoreAsync(string clinicianId, string terms, int skip, CancellationToken cancellationToken)
    {
        if (SearchTerms.Accept(terms) is not { } accepted || skip < 0)
        {
            return SearchResults.None;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // One row more than a page says whether another page exists, without counting every match.
        var rows = await PainCareDatabase.SearchFor(db).SearchAsync(db, clinicianId, accepted, skip, PageSize + 1, cancellationToken);
        var hits = rows.Take(PageSize).Select(r => new SearchHit(r.SessionId, r.PatientName, r.StartsAt, Highlight(r.Headline), r.Places, SearchWords.Where(r.Places, r.HeadlineFrom))).ToList();
        return new SearchResults(hits, rows.Count > PageSize);
    }

    private static MarkupString Highlight(string headline) =>
        new(WebUtility.HtmlEncode(headline)
            .Replace(SearchMarks.Start, "<mark>", StringComparison.Ordinal)
            .Replace(SearchMarks.Stop, "</mark>", StringComparison.Ordinal));
}
