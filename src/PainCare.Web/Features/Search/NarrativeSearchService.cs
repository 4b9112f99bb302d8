using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using PainCare.Data;

namespace PainCare.Web.Features.Search;

public sealed record SearchHit(Guid SessionId, string PatientName, DateTimeOffset StartsAt, MarkupString Snippet);

/// <summary>
/// Full-text search over the clinician's own patients' narratives (PostgreSQL, English configuration, ranked),
/// with highlighted snippets that are HTML-encoded before the highlights are added.
/// </summary>
public sealed class NarrativeSearchService(IDbContextFactory<PainCareDbContext> contextFactory)
{
    public const int MaxResults = 25;

    private const string StartMark = "\u0002";
    private const string StopMark = "\u0003";
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string clinicianId, string terms, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.NarrativeNotes.AsNoTracking()
            .Where(n => db.Sessions.Any(s => s.Id == n.SessionId && s.Patient.ClinicianId == clinicianId))
            .Where(n => EF.Property<NpgsqlTsVector>(n, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", terms)))
            .OrderByDescending(n => EF.Property<NpgsqlTsVector>(n, "SearchVector").Rank(EF.Functions.WebSearchToTsQuery("english", terms)))
            .Take(MaxResults)
            .Select(n => new
            {
                n.SessionId,
                Session = db.Sessions.Where(s => s.Id == n.SessionId).Select(s => new
                {
                    s.StartsAt,
                    Name = (s.Patient.Identity.PreferredName ?? s.Patient.Identity.GivenName) + " " + s.Patient.Identity.FamilyName,
                }).First(),
                Headline = EF.Functions.WebSearchToTsQuery("english", terms).GetResultHeadline(n.Text, HeadlineOptions),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit(r.SessionId, r.Session.Name, r.Session.StartsAt, Highlight(r.Headline))).ToList();
    }

    private static MarkupString Highlight(string headline) =>
        new(WebUtility.HtmlEncode(headline).Replace(StartMark, "<mark>", StringComparison.Ordinal).Replace(StopMark, "</mark>", StringComparison.Ordinal));
}
