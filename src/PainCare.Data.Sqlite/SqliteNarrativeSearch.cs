using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Search;
using PainCare.Domain.Patients;

namespace PainCare.Data.Sqlite;

/// <summary>
/// SQLite full-text search: the FTS5 index kept by triggers (<c>Migrations/SqliteSearchIndex</c>), porter-stemmed,
/// ranked by <c>bm25</c> over the text alone, with <c>snippet</c> headlines marked by the same control characters as PostgreSQL's.
/// The clinician's words are reduced to quoted words (all must match), so no FTS5 query syntax reaches the engine.
/// </summary>
public sealed partial class SqliteNarrativeSearch : INarrativeSearch
{
    public static readonly SqliteNarrativeSearch Instance = new();

    private const int MaxWords = 16;

    public async Task<IReadOnlyList<NarrativeSearchRow>> SearchAsync(PainCareDbContext db, string clinicianId, string terms, int offset, int limit, CancellationToken cancellationToken)
    {
        var query = MatchQuery(clinicianId, terms);
        if (query is null)
        {
            return [];
        }

        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT s."Id" AS "SessionId",
                   i."GivenName" AS "GivenName", i."FamilyName" AS "FamilyName", i."PreferredName" AS "PreferredName",
                   s."StartsAt" AS "StartsAt",
                   snippet("NarrativeNotesSearch", 0, char(2), char(3), ' … ', 30) AS "Headline"
            FROM "NarrativeNotesSearch"
            JOIN "NarrativeNotes" AS n ON n.rowid = "NarrativeNotesSearch".rowid
            JOIN "Sessions" AS s ON s."Id" = n."SessionId"
            JOIN "Patients" AS p ON p."Id" = s."PatientId"
            JOIN "PatientIdentities" AS i ON i."PatientId" = p."Id"
            WHERE "NarrativeNotesSearch" MATCH {query} AND p."ClinicianId" = {clinicianId}
            ORDER BY bm25("NarrativeNotesSearch", 1.0, 0.0), s."StartsAt" DESC, s."Id"
            LIMIT {limit} OFFSET {offset}
            """).ToListAsync(cancellationToken);
        return rows.Select(r => new NarrativeSearchRow(r.SessionId, PatientIdentity.DisplayNameOf(r.GivenName, r.FamilyName, r.PreferredName), new DateTimeOffset(r.StartsAt, TimeSpan.Zero), r.Headline)).ToList();
    }

    /// <summary>
    /// The clinician's own notes (their id as a phrase in the "Owner" column) holding every word of the input, each an FTS5
    /// string searched in "Text" only; null when there is no word. Words are letters and digits only and the id's quotes
    /// are doubled, so no FTS5 query syntax reaches the engine.
    /// </summary>
    public static string? MatchQuery(string clinicianId, string terms)
    {
        var words = Word().Matches(terms).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords).ToList();
        return words.Count == 0
            ? null
            : $"\"Owner\" : \"{clinicianId.Replace("\"", "\"\"", StringComparison.Ordinal)}\" AND " + string.Join(" AND ", words.Select(w => $"\"Text\" : \"{w}\""));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private sealed record Row(Guid SessionId, string GivenName, string FamilyName, string? PreferredName, long StartsAt, string Headline);
}
