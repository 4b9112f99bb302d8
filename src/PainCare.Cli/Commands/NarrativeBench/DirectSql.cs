using Npgsql;
using NpgsqlTypes;

namespace PainCare.Cli.Commands.NarrativeBench;

/// <summary>
/// The benchmark's three operations written directly against Npgsql: the same statements and round trips the EF
/// services make (see <c>--show-sql</c>), without EF's query pipeline and materialisation.
/// </summary>
internal sealed class DirectSql(NpgsqlDataSource dataSource)
{
    private const string SessionPage = """
        SELECT s."Id", s."PatientId", COALESCE(i."PreferredName", i."GivenName") || ' ' || i."FamilyName", s."StartsAt", s."DurationMinutes",
               s."Attendance", s."PainBefore", s."PainAfter", n."Id", n."Text", n."Status", n."Revision", n."UpdatedAt", n."SignedAt",
               (SELECT u."DisplayName" FROM "AspNetUsers" u WHERE u."Id" = n."SignedById" LIMIT 1)
        FROM "Sessions" s
        JOIN "Patients" p ON p."Id" = s."PatientId"
        JOIN "PatientIdentities" i ON i."PatientId" = p."Id"
        LEFT JOIN "NarrativeNotes" n ON n."SessionId" = s."Id"
        WHERE s."Id" = $1 AND p."ClinicianId" = $2
        """;

    private const string Addenda = """
        SELECT a."Id", a."Text", (SELECT u."DisplayName" FROM "AspNetUsers" u WHERE u."Id" = a."AuthorId" LIMIT 1), a."CreatedAt"
        FROM "NoteAddenda" a WHERE a."NoteId" = $1 ORDER BY a."CreatedAt"
        """;

    private const string Observations = """
        SELECT o."Id", o."Kind", o."Aspect", o."Detail", o."Antecedent", o."SourceText", o."SourceStart"
        FROM "Observations" o WHERE o."NoteId" = $1 ORDER BY o."CreatedAt"
        """;

    private const string LoadNote = """
        SELECT n."Id", n."Revision", n."Status", n."Text", n.xmin
        FROM "NarrativeNotes" n
        WHERE n."SessionId" = $1 AND EXISTS (SELECT 1 FROM "Sessions" s JOIN "Patients" p ON p."Id" = s."PatientId" WHERE s."Id" = $1 AND p."ClinicianId" = $2)
        LIMIT 2
        """;

    private const string UpdateNote = """
        UPDATE "NarrativeNotes" SET "Revision" = $1, "Text" = $2, "UpdatedAt" = $3, "UpdatedById" = $4 WHERE "Id" = $5 AND xmin = $6 RETURNING xmin
        """;

    private const string InsertVersion = """
        INSERT INTO "NarrativeNoteVersions" ("NoteId", "Revision", "SavedAt", "SavedById", "Text") VALUES ($1, $2, $3, $4, $5) RETURNING "Id"
        """;

    /// <summary>The search service's headline options: control characters mark the hits, to be replaced after HTML-encoding.</summary>
    private const string HeadlineOptions = "StartSel=\u0002, StopSel=\u0003, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    public const string Search = """
        SELECT n."SessionId", s."StartsAt", COALESCE(i."PreferredName", i."GivenName") || ' ' || i."FamilyName",
               ts_headline('english', n."Text", q, $3)
        FROM "NarrativeNotes" n
        JOIN "Sessions" s ON s."Id" = n."SessionId"
        JOIN "Patients" p ON p."Id" = s."PatientId"
        JOIN "PatientIdentities" i ON i."PatientId" = p."Id"
        CROSS JOIN websearch_to_tsquery('english', $2) q
        WHERE p."ClinicianId" = $1 AND n."SearchVector" @@ q
        ORDER BY ts_rank(n."SearchVector", q) DESC
        LIMIT 25
        """;

    public async Task OpenSessionPageAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        Guid? noteId = null;
        await using (var page = new NpgsqlCommand(SessionPage, connection) { Parameters = { new() { Value = sessionId }, new() { Value = clinicianId } } })
        await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken) && !await reader.IsDBNullAsync(8, cancellationToken))
            {
                noteId = reader.GetGuid(8);
                _ = reader.GetString(9);
            }
        }

        var note = noteId ?? Guid.Empty;
        await DrainAsync(new NpgsqlCommand(Addenda, connection) { Parameters = { new() { Value = note } } }, cancellationToken);
        await DrainAsync(new NpgsqlCommand(Observations, connection) { Parameters = { new() { Value = note } } }, cancellationToken);
    }

    /// <summary>Loads the note, then updates it and appends the version in one transaction and one round trip, as SaveChanges does.</summary>
    public async Task<bool> SaveDraftAsync(DraftTarget draft, string text, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        Guid noteId;
        int revision;
        uint xmin;
        await using (var load = new NpgsqlCommand(LoadNote, connection) { Parameters = { new() { Value = draft.SessionId }, new() { Value = draft.ClinicianId } } })
        await using (var reader = await load.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return false;
            }

            (noteId, revision, xmin) = (reader.GetGuid(0), reader.GetInt32(1), reader.GetFieldValue<uint>(4));
        }

        var now = DateTimeOffset.UtcNow;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new(UpdateNote) { Parameters = { new() { Value = revision + 1 }, new() { Value = text }, new() { Value = now }, new() { Value = draft.ClinicianId }, new() { Value = noteId }, new() { Value = xmin, NpgsqlDbType = NpgsqlDbType.Xid } } },
                new(InsertVersion) { Parameters = { new() { Value = noteId }, new() { Value = revision + 1 }, new() { Value = now }, new() { Value = draft.ClinicianId }, new() { Value = text } } },
            },
        };
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.NextResultAsync(cancellationToken))
            {
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<int> SearchAsync(string clinicianId, string terms, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Search, connection) { Parameters = { new() { Value = clinicianId }, new() { Value = terms }, new() { Value = HeadlineOptions } } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            _ = reader.GetString(3);
            hits++;
        }

        return hits;
    }

    private static async Task DrainAsync(NpgsqlCommand command, CancellationToken cancellationToken)
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
