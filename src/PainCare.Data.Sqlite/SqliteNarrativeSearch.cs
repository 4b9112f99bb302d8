using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Search;
using PainCare.Domain.Patients;

namespace PainCare.Data.Sqlite;

/// <summary>
/// SQLite full-text search: the FTS5 indexes kept by triggers (<c>Migrations/SqliteSearchIndex</c> for narratives,
/// <c>SqliteSearchPlaces</c> for addenda, observations and reflection answers), porter-stemmed, each ranked by
/// <c>bm25</c>, with <c>snippet</c> headlines marked by the same control characters as PostgreSQL's. A session is ranked
/// by its best match (ADR 0330). The clinician's words are reduced to quoted words (all must match), so no FTS5 query
/// syntax reaches the engine. Where a session matched is a window over the matches (a table joined back was scanned once
/// per match), and snippets are made for the page's rows only: a common word ("sleep", 2,822 of one clinician's notes)
/// took 310 ms before and 29 ms after on the benchmark clinic (docs/performance.md).
/// </summary>
public sealed partial class SqliteNarrativeSearch : INarrativeSearch
{
    public static readonly SqliteNarrativeSearch Instance = new();

    private const int MaxWords = 16;

    private const string Sql = """
        WITH found AS MATERIALIZED (
            SELECT n."SessionId" AS "SessionId", 1 AS "Place", -bm25("NarrativeNotesSearch", 1.0, 0.0) AS "Rank", "NarrativeNotesSearch".rowid AS "ItemRowid"
            FROM "NarrativeNotesSearch"
            JOIN "NarrativeNotes" AS n ON n.rowid = "NarrativeNotesSearch".rowid
            JOIN "Sessions" AS s ON s."Id" = n."SessionId" JOIN "Patients" AS p ON p."Id" = s."PatientId"
            WHERE "NarrativeNotesSearch" MATCH {0} AND p."ClinicianId" = {1}
            UNION ALL
            SELECT n."SessionId", 2, -bm25("NoteAddendaSearch"), "NoteAddendaSearch".rowid
            FROM "NoteAddendaSearch"
            JOIN "NoteAddenda" AS a ON a.rowid = "NoteAddendaSearch".rowid JOIN "NarrativeNotes" AS n ON n."Id" = a."NoteId"
            JOIN "Sessions" AS s ON s."Id" = n."SessionId" JOIN "Patients" AS p ON p."Id" = s."PatientId"
            WHERE "NoteAddendaSearch" MATCH {2} AND p."ClinicianId" = {1}
            UNION ALL
            SELECT n."SessionId", 4, -bm25("ObservationsSearch"), "ObservationsSearch".rowid
            FROM "ObservationsSearch"
            JOIN "Observations" AS o ON o.rowid = "ObservationsSearch".rowid JOIN "NarrativeNotes" AS n ON n."Id" = o."NoteId"
            JOIN "Sessions" AS s ON s."Id" = n."SessionId" JOIN "Patients" AS p ON p."Id" = s."PatientId"
            WHERE "ObservationsSearch" MATCH {2} AND p."ClinicianId" = {1}
            UNION ALL
            SELECT r."SessionId", 8, -bm25("ReflectionResponsesSearch", 1.0, 0.0), "ReflectionResponsesSearch".rowid
            FROM "ReflectionResponsesSearch"
            JOIN "ReflectionResponses" AS r ON r.rowid = "ReflectionResponsesSearch".rowid
            JOIN "Sessions" AS s ON s."Id" = r."SessionId" JOIN "Patients" AS p ON p."Id" = s."PatientId"
            WHERE "ReflectionResponsesSearch" MATCH {3} AND r."AuthorId" = {1} AND p."ClinicianId" = {1}),
        ranked AS (
            SELECT "SessionId", "Place", "Rank", "ItemRowid",
                   row_number() OVER (PARTITION BY "SessionId" ORDER BY "Rank" DESC, "Place") AS "Nth",
                   max("Place" = 1) OVER bySession + 2 * max("Place" = 2) OVER bySession
                       + 4 * max("Place" = 4) OVER bySession + 8 * max("Place" = 8) OVER bySession AS "Places"
            FROM found
            WINDOW bySession AS (PARTITION BY "SessionId")),
        page AS MATERIALIZED (
            SELECT ranked."SessionId", ranked."Place", ranked."Places", ranked."Rank", ranked."ItemRowid", s."StartsAt", s."PatientId"
            FROM ranked JOIN "Sessions" AS s ON s."Id" = ranked."SessionId"
            WHERE ranked."Nth" = 1
            ORDER BY ranked."Rank" DESC, s."StartsAt" DESC, s."Id"
            LIMIT {4} OFFSET {5}),
        heads AS (
            SELECT 1 AS "Place", rowid AS "ItemRowid", snippet("NarrativeNotesSearch", 0, char(2), char(3), ' … ', 30) AS "Headline"
            FROM "NarrativeNotesSearch" WHERE "NarrativeNotesSearch" MATCH {0} AND rowid IN (SELECT "ItemRowid" FROM page WHERE "Place" = 1)
            UNION ALL
            SELECT 2, rowid, snippet("NoteAddendaSearch", 0, char(2), char(3), ' … ', 30)
            FROM "NoteAddendaSearch" WHERE "NoteAddendaSearch" MATCH {2} AND rowid IN (SELECT "ItemRowid" FROM page WHERE "Place" = 2)
            UNION ALL
            SELECT 4, rowid, snippet("ObservationsSearch", 0, char(2), char(3), ' … ', 30)
            FROM "ObservationsSearch" WHERE "ObservationsSearch" MATCH {2} AND rowid IN (SELECT "ItemRowid" FROM page WHERE "Place" = 4)
            UNION ALL
            SELECT 8, rowid, snippet("ReflectionResponsesSearch", 0, char(2), char(3), ' … ', 30)
            FROM "ReflectionResponsesSearch" WHERE "ReflectionResponsesSearch" MATCH {3} AND rowid IN (SELECT "ItemRowid" FROM page WHERE "Place" = 8))
        SELECT page."SessionId" AS "SessionId",
               i."GivenName" AS "GivenName", i."FamilyName" AS "FamilyName", i."PreferredName" AS "PreferredName",
               page."StartsAt" AS "StartsAt", page."Places" AS "Places", page."Place" AS "Place", heads."Headline" AS "Headline"
        FROM page
        JOIN heads ON heads."Place" = page."Place" AND heads."ItemRowid" = page."ItemRowid"
        JOIN "PatientIdentities" AS i ON i."PatientId" = page."PatientId"
        ORDER BY page."Rank" DESC, page."StartsAt" DESC, page."SessionId"
        """;

    public async Task<IReadOnlyList<NarrativeSearchRow>> SearchAsync(PainCareDbContext db, string clinicianId, string terms, int offset, int limit, CancellationToken cancellationToken)
    {
        if (Words(terms) is not { Count: > 0 } words)
        {
            return [];
        }

        var rows = await db.Database.SqlQueryRaw<Row>(
            Sql, MatchQuery(clinicianId, terms)!, clinicianId, InColumn("Text", words), $"{Phrase("AuthorId", clinicianId)} AND {InColumn("Answer", words)}", limit, offset)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new NarrativeSearchRow(
            r.SessionId, PatientIdentity.DisplayNameOf(r.GivenName, r.FamilyName, r.PreferredName), new DateTimeOffset(r.StartsAt, TimeSpan.Zero), r.Headline,
            (SearchPlaces)r.Places, (SearchPlaces)r.Place)).ToList();
    }

    /// <summary>
    /// The clinician's own notes (their id as a phrase in the "Owner" column) holding every word of the input, each an FTS5
    /// string searched in "Text" only; null when there is no word. Words are letters and digits only and the id's quotes
    /// are doubled, so no FTS5 query syntax reaches the engine.
    /// </summary>
    public static string? MatchQuery(string clinicianId, string terms) =>
        Words(terms) is { Count: > 0 } words ? $"{Phrase("Owner", clinicianId)} AND {InColumn("Text", words)}" : null;

    /// <summary>
    /// The words and quoted phrases of the input, as PostgreSQL's web search reads them: a phrase's words must stand
    /// together in that order. Each is letters and digits joined by single spaces, which FTS5 reads as a phrase.
    /// </summary>
    private static List<string> Words(string terms) =>
        Unit().Matches(terms)
            .Select(m => m.Groups["phrase"].Success ? string.Join(' ', Word().Matches(m.Groups["phrase"].Value).Select(w => w.Value)) : m.Value)
            .Where(u => u.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords).ToList();

    private static string InColumn(string column, IEnumerable<string> words) => string.Join(" AND ", words.Select(w => $"\"{column}\" : \"{w}\""));

    private static string Phrase(string column, string value) => $"\"{column}\" : \"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"""(?<phrase>[^""]*)""|[\p{L}\p{N}]+")]
    private static partial Regex Unit();

    private sealed record Row(Guid SessionId, string GivenName, string FamilyName, string? PreferredName, long StartsAt, int Places, int Place, string Headline);
}
