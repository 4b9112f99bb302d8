using Npgsql;

namespace PainCare.IntegrationTests.Database;

/// <summary>
/// A database's public schema as comparable lines: columns, indexes, constraints, and what EF's model does not hold:
/// triggers, functions, column storage and table privileges. Column order is not compared (nothing depends on it).
/// </summary>
internal static class SchemaCatalog
{
    private const string ColumnsSql = """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name
            || ' nullable=' || is_nullable
            || ' default=' || coalesce(column_default, '-')
            || ' length=' || coalesce(character_maximum_length::text, '-')
            || ' precision=' || coalesce(numeric_precision::text, '-') || ',' || coalesce(numeric_scale::text, '-')
            || ' identity=' || is_identity
            || ' generated=' || coalesce(generation_expression, '-')
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
        """;

    private const string IndexesSql = """
        SELECT 'index ' || tablename || ' ' || indexdef
        FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
        """;

    private const string ConstraintsSql = """
        SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
        """;

    private const string TriggersSql = """
        SELECT 'trigger ' || tgrelid::regclass::text || ' ' || pg_get_triggerdef(oid)
        FROM pg_trigger
        WHERE NOT tgisinternal
        """;

    private const string FunctionsSql = """
        SELECT 'function ' || proname || ' ' || pg_get_functiondef(oid)
        FROM pg_proc
        WHERE pronamespace = 'public'::regnamespace
        """;

    private const string StorageSql = """
        SELECT 'storage ' || c.relname || '.' || a.attname || ' ' || a.attstorage::text
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            AND c.relname <> '__EFMigrationsHistory'
        """;

    private const string PrivilegesSql = """
        SELECT 'privilege ' || table_name || ' ' || privilege_type || ' to ' || grantee
        FROM information_schema.role_table_grants
        WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
        """;

    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { ColumnsSql, IndexesSql, ConstraintsSql, TriggersSql, FunctionsSql, StorageSql, PrivilegesSql })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
