using Npgsql;

namespace PainCare.IntegrationTests.Database;

/// <summary>
/// Every public table's row count and a checksum of all its rows, to show an upgrade changed no data. The concurrency
/// <c>Version</c> column, added by a migration after the baseline (ADR 0130), and the ratings' <c>Total</c>, dropped by a later
/// one (ADR 0320), are left out so rows compare across them.
/// </summary>
internal static class TableChecksums
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only table names read from the catalog reach the SQL.")]
    public static async Task<SortedDictionary<string, string>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var sums = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // Version is the concurrency token; Total is the rating column a later migration drops (ADR 0320): rows are
            // intact when everything else is.
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) || ' ' || md5(coalesce(string_agg((to_jsonb(t) - 'Version' - 'Total')::text, '|' ORDER BY (to_jsonb(t) - 'Version' - 'Total')::text), '')) FROM \"{table}\" t", connection);
            sums[table] = (string)(await command.ExecuteScalarAsync())!;
        }

        return sums;
    }
}
