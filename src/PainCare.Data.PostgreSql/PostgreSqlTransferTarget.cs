using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PainCare.Data.PostgreSql;

/// <summary>The PostgreSQL side of moving a clinic onto PostgreSQL (ADR 0180): the emptiness check and the identity sequences.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only table names read from the catalog, quoted by PostgreSQL, reach the SQL.")]
public static class PostgreSqlTransferTarget
{
    /// <summary>
    /// The first user table (any schema but PostgreSQL's own) that holds a row, or null when none does. The migration
    /// history is such a table, so a database with any migration applied is not empty.
    /// </summary>
    public static async Task<string?> FirstTableWithRowsAsync(PainCareDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
            ORDER BY 1
            """, connection, transaction))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table})", connection, transaction);
            if (await any.ExecuteScalarAsync(cancellationToken) is true)
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>Moves every identity or serial sequence of the current schema past the largest value its column holds.</summary>
    public static Task ResetSequencesAsync(PainCareDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            """
            DO $$
            DECLARE
                r record;
            BEGIN
                FOR r IN
                    SELECT c.table_name, c.column_name, pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name) AS seq
                    FROM information_schema.columns c
                    WHERE c.table_schema = current_schema() AND (c.is_identity = 'YES' OR c.column_default LIKE 'nextval(%')
                LOOP
                    IF r.seq IS NOT NULL THEN
                        EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM %I), 0) + 1, false)', r.seq, r.column_name, r.table_name);
                    END IF;
                END LOOP;
            END $$
            """,
            cancellationToken);
}
