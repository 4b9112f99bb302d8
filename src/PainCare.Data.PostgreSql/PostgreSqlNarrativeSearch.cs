using Microsoft.EntityFrameworkCore;
using PainCare.Data.Search;
using PainCare.Domain.Patients;

namespace PainCare.Data.PostgreSql;

/// <summary>
/// PostgreSQL full-text search: each place's stored <c>tsvector</c> with its GIN index, English configuration. Every
/// match in the clinician's patients' sessions (their own reflection answers only) is ranked with <c>ts_rank</c>; a
/// session is ranked by its best match, and only the page's headlines are made (ADR 0330).
/// </summary>
public sealed class PostgreSqlNarrativeSearch : INarrativeSearch
{
    public static readonly PostgreSqlNarrativeSearch Instance = new();

    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    // Each branch names the clinician's patients and the query itself, not a shared CTE of either: bound values then
    // reach the planner as constants, and it picks the GIN index or the clinician's sessions by how common the words
    // are. Shared CTEs hid both, and a common word ("sleep") read every match in the clinic (253 ms against 31 ms on the
    // benchmark clinic; docs/performance.md). {0} terms, {1} clinician, {2} limit, {3} offset, {4} options.
    private static readonly string _sql = """
            WITH found AS (
                SELECT n."SessionId", s."StartsAt", s."PatientId", 1 AS "Place", n."Id" AS "ItemId", ts_rank(n."SearchVector", @Query) AS "Rank"
                FROM "NarrativeNotes" AS n JOIN "Sessions" AS s ON s."Id" = n."SessionId" JOIN "Patients" AS p ON p."Id" = s."PatientId"
                WHERE p."ClinicianId" = {1} AND n."SearchVector" @@ @Query
                UNION ALL
                SELECT n."SessionId", s."StartsAt", s."PatientId", 2, a."Id", ts_rank(a."SearchVector", @Query)
                FROM "NoteAddenda" AS a JOIN "NarrativeNotes" AS n ON n."Id" = a."NoteId"
                JOIN "Sessions" AS s ON s."Id" = n."SessionId" JOIN "Patients" AS p ON p."Id" = s."PatientId"
                WHERE p."ClinicianId" = {1} AND a."SearchVector" @@ @Query
                UNION ALL
                SELECT n."SessionId", s."StartsAt", s."PatientId", 4, o."Id", ts_rank(o."SearchVector", @Query)
                FROM "Observations" AS o JOIN "NarrativeNotes" AS n ON n."Id" = o."NoteId"
                JOIN "Sessions" AS s ON s."Id" = n."SessionId" JOIN "Patients" AS p ON p."Id" = s."PatientId"
                WHERE p."ClinicianId" = {1} AND o."SearchVector" @@ @Query
                UNION ALL
                SELECT r."SessionId", s."StartsAt", s."PatientId", 8, r."Id", ts_rank(r."SearchVector", @Query)
                FROM "ReflectionResponses" AS r JOIN "Sessions" AS s ON s."Id" = r."SessionId" JOIN "Patients" AS p ON p."Id" = s."PatientId"
                WHERE r."AuthorId" = {1} AND p."ClinicianId" = {1} AND r."SearchVector" @@ @Query),
            ranked AS (
                SELECT "SessionId", "StartsAt", "PatientId", "Place", "ItemId", "Rank",
                       row_number() OVER (PARTITION BY "SessionId" ORDER BY "Rank" DESC, "Place") AS "Nth",
                       bit_or("Place") OVER (PARTITION BY "SessionId") AS "Places"
                FROM found),
            page AS (
                SELECT "SessionId", "StartsAt", "PatientId", "Place", "ItemId", "Rank", "Places"
                FROM ranked
                WHERE "Nth" = 1
                ORDER BY "Rank" DESC, "StartsAt" DESC, "SessionId"
                LIMIT {2} OFFSET {3})
            SELECT page."SessionId", i."GivenName", i."FamilyName", i."PreferredName", page."StartsAt", page."Places", page."Place",
                   ts_headline('english', CASE page."Place"
                       WHEN 1 THEN (SELECT n."Text" FROM "NarrativeNotes" AS n WHERE n."Id" = page."ItemId")
                       WHEN 2 THEN (SELECT a."Text" FROM "NoteAddenda" AS a WHERE a."Id" = page."ItemId")
                       WHEN 4 THEN (SELECT @ObservationText FROM "Observations" AS o WHERE o."Id" = page."ItemId")
                       ELSE (SELECT r."Answer" FROM "ReflectionResponses" AS r WHERE r."Id" = page."ItemId") END,
                       @Query, {4}) AS "Headline"
            FROM page JOIN "PatientIdentities" AS i ON i."PatientId" = page."PatientId"
            ORDER BY page."Rank" DESC, page."StartsAt" DESC, page."SessionId"
        """.Replace("@ObservationText", SearchedText.Observation("o."), StringComparison.Ordinal)
        .Replace("@Query", "websearch_to_tsquery('english', {0})", StringComparison.Ordinal);

    public async Task<IReadOnlyList<NarrativeSearchRow>> SearchAsync(PainCareDbContext db, string clinicianId, string terms, int offset, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<Row>(_sql, terms, clinicianId, limit, offset, HeadlineOptions).ToListAsync(cancellationToken);
        return rows.Select(r => new NarrativeSearchRow(
            r.SessionId, PatientIdentity.DisplayNameOf(r.GivenName, r.FamilyName, r.PreferredName), r.StartsAt, r.Headline, (SearchPlaces)r.Places, (SearchPlaces)r.Place)).ToList();
    }

    private sealed record Row(Guid SessionId, string GivenName, string FamilyName, string? PreferredName, DateTimeOffset StartsAt, int Places, int Place, string Headline);
}
