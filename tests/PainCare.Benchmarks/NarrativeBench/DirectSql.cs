using System.Data.Common;
using PainCare.Data;
using PainCare.Data.Sqlite;

namespace PainCare.Benchmarks.NarrativeBench;

/// <summary>
/// The benchmark's three operations written directly against the engine's ADO.NET provider: the same statements and
/// round trips the EF services make (see <c>--show-sql</c>), without EF's query pipeline and materialisation. Only the
/// search differs by engine, as the services' search seam does.
/// </summary>
internal sealed class DirectSql(BenchTarget target)
{
    private const string SessionPage = """
        SELECT s."Id", s."PatientId", COALESCE(i."PreferredName", i."GivenName") || ' ' || i."FamilyName", s."StartsAt", s."DurationMinutes",
               s."Attendance", s."PainBefore", s."PainAfter", n."Id", n."Text", n."Status", n."Revision", n."UpdatedAt", n."SignedAt",
               (SELECT u."DisplayName" FROM "AspNetUsers" u WHERE u."Id" = n."SignedById" LIMIT 1)
        FROM "Sessions" s
        JOIN "Patients" p ON p."Id" = s."PatientId"
        JOIN "PatientIdentities" i ON i."PatientId" = p."Id"
        LEFT JOIN "NarrativeNotes" n ON n."SessionId" = s."Id"
        WHERE s."Id" = @p0 AND p."ClinicianId" = @p1
        """;

    private const string Addenda = """
        SELECT a."Id", a."Text", (SELECT u."DisplayName" FROM "AspNetUsers" u WHERE u."Id" = a."AuthorId" LIMIT 1), a."CreatedAt"
        FROM "NoteAddenda" a WHERE a."NoteId" = @p0 ORDER BY a."CreatedAt"
        """;

    private const string Observations = """
        SELECT o."Id", o."Kind", o."Aspect", o."Detail", o."Antecedent", o."SourceText", o."SourceStart"
        FROM "Observations" o WHERE o."NoteId" = @p0 ORDER BY o."CreatedAt"
        """;

    private const string LoadNote = """
        SELECT n."Id", n."Revision", n."Status", n."Text", n."Version"
        FROM "NarrativeNotes" n
        WHERE n."SessionId" = @p0 AND EXISTS (SELECT 1 FROM "Sessions" s JOIN "Patients" p ON p."Id" = s."PatientId" WHERE s."Id" = @p0 AND p."ClinicianId" = @p1)
        LIMIT 2
        """;

    // The application-managed concurrency token of ADR 0130: the update names the version it read and writes the next.
    private const string UpdateNote = """
        UPDATE "NarrativeNotes" SET "Revision" = @p0, "Text" = @p1, "UpdatedAt" = @p2, "UpdatedById" = @p3, "Version" = @p4
        WHERE "Id" = @p5 AND "Version" = @p6
        """;

    private const string InsertVersion = """
        INSERT INTO "NarrativeNoteVersions" ("NoteId", "Revision", "SavedAt", "SavedById", "Text") VALUES (@p0, @p1, @p2, @p3, @p4)
        """;

    public const string PostgreSqlSearch = """
        SELECT n."SessionId", s."StartsAt", COALESCE(i."PreferredName", i."GivenName") || ' ' || i."FamilyName",
               ts_headline('english', n."Text", q, @p2)
        FROM "NarrativeNotes" n
        JOIN "Sessions" s ON s."Id" = n."SessionId"
        JOIN "Patients" p ON p."Id" = s."PatientId"
        JOIN "PatientIdentities" i ON i."PatientId" = p."Id"
        CROSS JOIN websearch_to_tsquery('english', @p1) q
        WHERE p."ClinicianId" = @p0 AND n."SearchVector" @@ q
        ORDER BY ts_rank(n."SearchVector", q) DESC
        LIMIT 26
        """;

    public const string SqliteSearch = """
        SELECT s."Id", s."StartsAt", COALESCE(i."PreferredName", i."GivenName") || ' ' || i."FamilyName",
               snippet("NarrativeNotesSearch", 0, char(2), char(3), ' … ', 30)
        FROM "NarrativeNotesSearch"
        JOIN "NarrativeNotes" AS n ON n.rowid = "NarrativeNotesSearch".rowid
        JOIN "Sessions" AS s ON s."Id" = n."SessionId"
        JOIN "Patients" AS p ON p."Id" = s."PatientId"
        JOIN "PatientIdentities" AS i ON i."PatientId" = p."Id"
        WHERE "NarrativeNotesSearch" MATCH @p1 AND p."ClinicianId" = @p0
        ORDER BY bm25("NarrativeNotesSearch", 1.0, 0.0), s."StartsAt" DESC
        LIMIT 26
        """;

    /// <summary>The search service's headline options: control characters mark the hits, to be replaced after HTML-encoding.</summary>
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public string Search => target.Provider == DatabaseProvider.Sqlite ? SqliteSearch : PostgreSqlSearch;

    public async Task OpenSessionPageAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await target.OpenAsync(cancellationToken);
        Guid? noteId = null;
        await using (var page = target.Command(connection, SessionPage, sessionId, clinicianId))
        await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken) && !await reader.IsDBNullAsync(8, cancellationToken))
            {
                noteId = reader.GetGuid(8);
                _ = reader.GetString(9);
            }
        }

        var note = noteId ?? Guid.Empty;
        await DrainAsync(target.Command(connection, Addenda, note), cancellationToken);
        await DrainAsync(target.Command(connection, Observations, note), cancellationToken);
    }

    /// <summary>Loads the note, then updates it and appends the version in one transaction, as SaveChanges does.</summary>
    public async Task<bool> SaveDraftAsync(DraftTarget draft, string text, CancellationToken cancellationToken)
    {
        await using var connection = await target.OpenAsync(cancellationToken);
        Guid noteId;
        int revision;
        long version;
        await using (var load = target.Command(connection, LoadNote, draft.SessionId, draft.ClinicianId))
        await using (var reader = await load.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return false;
            }

            (noteId, revision, version) = (reader.GetGuid(0), reader.GetInt32(1), reader.GetInt64(4));
        }

        var now = DateTimeOffset.UtcNow;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = target.Command(connection, UpdateNote, revision + 1, text, now, draft.ClinicianId, version + 1, noteId, version))
        {
            update.Transaction = transaction;
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                return false;
            }
        }

        await using (var insert = target.Command(connection, InsertVersion, noteId, revision + 1, now, draft.ClinicianId, text))
        {
            insert.Transaction = transaction;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<int> SearchAsync(string clinicianId, string terms, CancellationToken cancellationToken)
    {
        await using var connection = await target.OpenAsync(cancellationToken);
        await using var command = target.Provider == DatabaseProvider.Sqlite
            ? target.Command(connection, Search, clinicianId, SqliteNarrativeSearch.MatchQuery(clinicianId, terms) ?? string.Empty)
            : target.Command(connection, Search, clinicianId, terms, HeadlineOptions);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            _ = reader.GetString(3);
            hits++;
        }

        return hits;
    }

    private static async Task DrainAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
            }
        }
    }
}
