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
        // Read from the session side so the patient's name comes through plain joins: a correlated "first session"
        // subquery made EF number every session in the clinic (ROW_NUMBER over all of them) on each search.
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.Patient.ClinicianId == clinicianId && s.Note != null)
            .Where(s => EF.Property<NpgsqlTsVector>(s.Note!, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", terms)))
            .OrderByDescending(s => EF.Property<NpgsqlTsVector>(s.Note!, "SearchVector").Rank(EF.Functions.WebSearchToTsQuery("english", terms)))
            .Take(MaxResults)
            .Select(s => new
            {
                SessionId = s.Id,
                s.StartsAt,
                Name = (s.Patient.Identity.PreferredName ?? s.Patient.Identity.GivenName) + " " + s.Patient.Identity.FamilyName,
                Headline = EF.Functions.WebSearchToTsQuery("english", terms).GetResultHeadline(s.Note!.Text, HeadlineOptions),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SearchHit(r.SessionId, r.Name, r.StartsAt, Highlight(r.Headline))).ToList();
    }

    private static MarkupString Highlight(string headline) =>
        new(WebUtility.HtmlEncode(headline).Replace(StartMark, "<mark>", StringComparison.Ordinal).Replace(StopMark, "</mark>", StringComparison.Ordinal));
}
