using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using PainCare.Data.Search;
using PainCare.Domain.Patients;

namespace PainCare.Data.PostgreSql;

/// <summary>PostgreSQL full-text search: the stored <c>tsvector</c> column with its GIN index, English configuration, ranked.</summary>
public sealed class PostgreSqlNarrativeSearch : INarrativeSearch
{
    public static readonly PostgreSqlNarrativeSearch Instance = new();

    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public async Task<IReadOnlyList<NarrativeSearchRow>> SearchAsync(PainCareDbContext db, string clinicianId, string terms, int offset, int limit, CancellationToken cancellationToken)
    {
        // Read from the session side so the patient's name comes through plain joins: a correlated "first session"
        // subquery made EF number every session in the clinic (ROW_NUMBER over all of them) on each search.
        return await db.Sessions.AsNoTracking()
            .Where(s => s.Patient.ClinicianId == clinicianId && s.Note != null)
            .Where(s => EF.Property<NpgsqlTsVector>(s.Note!, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", terms)))
            .OrderByDescending(s => EF.Property<NpgsqlTsVector>(s.Note!, "SearchVector").Rank(EF.Functions.WebSearchToTsQuery("english", terms)))
            .ThenByDescending(s => s.StartsAt)
            .ThenBy(s => s.Id)
            .Skip(offset)
            .Take(limit)
            .Select(s => new NarrativeSearchRow(
                s.Id,
                PatientIdentity.DisplayNameOf(s.Patient.Identity.GivenName, s.Patient.Identity.FamilyName, s.Patient.Identity.PreferredName),
                s.StartsAt,
                EF.Functions.WebSearchToTsQuery("english", terms).GetResultHeadline(s.Note!.Text, HeadlineOptions)))
            .ToListAsync(cancellationToken);
    }
}
