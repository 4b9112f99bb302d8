using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Providers;
using PainCare.Data.Search;
using PainCare.Domain.Narratives;
using System.Globalization;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Search;

public sealed record SearchHit(Guid SessionId, string PatientName, DateTimeOffset StartsAt, MarkupString Snippet);

/// <summary>
/// Full-text search over the clinician's own patients' narratives (the engine's own search, ranked: ADR 0130), with
/// highlighted snippets that are HTML-encoded before the highlights are added.
/// </summary>
public sealed class NarrativeSearchService(IDbContextFactory<PainCareDbContext> contextFactory, IAuditTrail audit)
{
    public const int MaxResults = 25;

    /// <summary>Nothing for terms <see cref="SearchTerms"/> does not accept.</summary>
    /// <summary>Nothing for terms <see cref="SearchTerms"/> does not accept. The audit row says how many results, never the terms.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string clinicianId, string terms, CancellationToken cancellationToken = default)
    {
        var hits = await SearchCoreAsync(clinicianId, terms, cancellationToken);
        await audit.RecordAsync(
            new AuditEntry(AuditActions.NarrativeSearch, AuditOutcomes.Succeeded, clinicianId, AuditEntities.SearchResults, hits.Count.ToString(CultureInfo.InvariantCulture)),
            cancellationToken);
        return hits;
    }

    private async Task<IReadOnlyList<SearchHit>> SearchCoreAsync(string clinicianId, string terms, CancellationToken cancellationToken = default)
    {
        if (SearchTerms.Accept(terms) is not { } accepted)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await PainCareDatabase.SearchFor(db).SearchAsync(db, clinicianId, accepted, MaxResults, cancellationToken);
        return rows.Select(r => new SearchHit(r.SessionId, r.PatientName, r.StartsAt, Highlight(r.Headline))).ToList();
    }

    private static MarkupString Highlight(string headline) =>
        new(WebUtility.HtmlEncode(headline)
            .Replace(SearchMarks.Start, "<mark>", StringComparison.Ordinal)
            .Replace(SearchMarks.Stop, "</mark>", StringComparison.Ordinal));
}
