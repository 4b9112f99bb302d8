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

    // Each branch starts from the clinician's patients, as the caseload rule reads; the planner picks the GIN index
    // or the sessions first by how common the words are. {0} terms, {1} clinician, {2} limit, {3} offset, {4} options.
    private static readonly string _sql = """
            WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('english', {0}) AS query),
            mine AS MATERIALIZED (
                SELECT s."Id", s."StartsAt", s."PatientId" FROM "Sessions" AS s JOIN "Patients" AS p ON p."Id" = s."PatientId"
                WHERE p."ClinicianId" = {1}),
            found AS (
                SELECT n."SessionId", 1 AS "Place", n."Id" AS "ItemId", ts_rank(n."SearchVector", q.query) AS "Rank"
                FROM q, "NarrativeNotes" AS n JOIN mine ON mine."Id" = n."SessionId"
                WHERE n."SearchVector" @@ q.query
                UNION ALL
                SELECT n."SessionId", 2, a."Id", ts_rank(a."SearchVector", q.query)
                FROM q, "NoteAddenda" AS a JOIN "NarrativeNotes" AS n ON n."Id" = a."NoteId" JOIN mine ON mine."Id" = n."SessionId"
                WHERE a."SearchVector" @@ q.query
                UNION ALL
                SELECT n."SessionId", 4, o."Id", ts_rank(o."SearchVector", q.query)
                FROM q, "Observations" AS o JOIN "NarrativeNotes" AS n ON n."Id" = o."NoteId" JOIN mine ON mine."Id" = n."SessionId"
                WHERE o."SearchVector" @@ q.query
                UNION ALL
                SELECT r."SessionId", 8, r."Id", ts_rank(r."SearchVector", q.query)
                FROM q, "ReflectionResponses" AS r JOIN mine ON mine."Id" = r."SessionId"
                WHERE r."AuthorId" = {1} AND r."SearchVector" @@ q.query),
            ranked AS (
                SELECT "SessionId", "Place", "ItemId", "Rank",
                       row_number() OVER (PARTITION BY "SessionId" ORDER BY "Rank" DESC, "Place") AS "Nth",
                       bit_or("Place") OVER (PARTITION BY "SessionId") AS "Places"
                FROM found),
            page AS (
                SELECT ranked."SessionId", ranked."Place", ranked."ItemId", ranked."Rank", ranked."Places", mine."StartsAt", mine."PatientId"
                FROM ranked JOIN mine ON mine."Id" = ranked."SessionId"
                WHERE ranked."Nth" = 1
                ORDER BY ranked."Rank" DESC, mine."StartsAt" DESC, ranked."SessionId"
                LIMIT {2} OFFSET {3})
            SELECT page."SessionId", i."GivenName", i."FamilyName", i."PreferredName", page."StartsAt", page."Places", page."Place",
                   ts_headline('english', CASE page."Place"
                       WHEN 1 THEN (SELECT n."Text" FROM "NarrativeNotes" AS n WHERE n."Id" = page."ItemId")
                       WHEN 2 THEN (SELECT a."Text" FROM "NoteAddenda" AS a WHERE a."Id" = page."ItemId")
                       WHEN 4 THEN (SELECT @ObservationText FROM "Observations" AS o WHERE o."Id" = page."ItemId")
                       ELSE (SELECT r."Answer" FROM "ReflectionResponses" AS r WHERE r."Id" = page."ItemId") END,
                       q.query, {4}) AS "Headline"
            FROM page CROSS JOIN q JOIN "PatientIdentities" AS i ON i."PatientId" = page."PatientId"
            ORDER BY page."Rank" DESC, page."StartsAt" DESC, page."SessionId"
        """.Replace("@ObservationText", SearchedText.Observation("o."), StringComparison.Ordinal);

    public async Task<IReadOnlyList<NarrativeSearchRow>> SearchAsync(PainCareDbContext db, string clinicianId, string terms, int offset, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<Row>(_sql, terms, clinicianId, limit, offset, HeadlineOptions).ToListAsync(cancellationToken);
        return rows.Select(r => new NarrativeSearchRow(
            r.SessionId, PatientIdentity.DisplayNameOf(r.GivenName, r.FamilyName, r.PreferredName), r.StartsAt, r.Headline, (SearchPlaces)r.Places, (SearchPlaces)r.Place)).ToList();
    }

    private sealed record Row(Guid SessionId, string GivenName, string FamilyName, string? PreferredName, DateTimeOffset StartsAt, int Places, int Place, string Headline);
}
