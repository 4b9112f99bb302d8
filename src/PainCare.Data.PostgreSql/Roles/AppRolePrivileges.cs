using Microsoft.EntityFrameworkCore;

namespace PainCare.Data.PostgreSql.Roles;

/// <summary>
/// What the app's database role may do, set by the owner of the schema after every migration run (ADR 0120): read and
/// write the ordinary tables, only add to and read the append-only ones, nothing else. Exact every time: whatever the
/// role held before (a restore, a hand-made grant) is revoked first.
/// </summary>
public static class AppRolePrivileges
{
    /// <summary>
    /// Tables the app may only add to and read (their triggers refuse changes as well; ADR 0060). The one exception is
    /// granted by column: a narrative version's text, revision and time, which an autosave carries forward under the
    /// trigger's conditions (ADR 0220).
    /// </summary>
    public static readonly IReadOnlyList<string> AppendOnlyTables = ["AuditEvents", "NarrativeNoteVersions", "NoteAddenda"];

    private const string GrantLock = "SELECT pg_advisory_xact_lock(5782983997005058629)"; // "PAINCARE" in ASCII

    // The role's name travels as a setting of the transaction and is quoted by format('%I'), never spliced into SQL.
    private const string Grant = """
        DO $$
        DECLARE
            app text := current_setting('paincare.app_role');
            schema_name text := current_schema();
            append_only text;
        BEGIN
            EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema_name, app);
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', schema_name, app);
            EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', schema_name, app);
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema_name, app);
            EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', schema_name, app);
            EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM %I', app);
            FOREACH append_only IN ARRAY string_to_array(current_setting('paincare.append_only'), ',') LOOP
                EXECUTE format('REVOKE UPDATE, DELETE ON %I FROM %I', append_only, app);
            END LOOP;
            EXECUTE format('GRANT UPDATE ("Text", "Revision", "SavedAt") ON "NarrativeNoteVersions" TO %I', app);
        END $$
        """;

    /// <summary>Run on the owner's connection, after migrating. <paramref name="appRole"/> is the app's role as the server names it.</summary>
    public static async Task GrantAsync(PainCareDbContext ownerDb, string appRole, CancellationToken cancellationToken = default)
    {
        await using var transaction = await ownerDb.Database.BeginTransactionAsync(cancellationToken);
        // Nodes starting together would otherwise update the same catalog rows at once ("tuple concurrently updated").
        await ownerDb.Database.ExecuteSqlRawAsync(GrantLock, cancellationToken);
        await ownerDb.Database.ExecuteSqlRawAsync(
            "SELECT set_config('paincare.app_role', {0}, true), set_config('paincare.append_only', {1}, true)",
            [appRole, string.Join(',', AppendOnlyTables)],
            cancellationToken);
        await ownerDb.Database.ExecuteSqlRawAsync(Grant, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The role a context connects as (<c>current_user</c>), which may differ from the connection string's user name.</summary>
    public static async Task<string> CurrentRoleAsync(PainCareDbContext db, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQueryRaw<string>("SELECT current_user::text AS \"Value\"").SingleAsync(cancellationToken);
}
