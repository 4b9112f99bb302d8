using Microsoft.Data.Sqlite;

namespace PainCare.IntegrationTests.Database;

/// <summary>Row counts and note texts of a SQLite clinic, read directly from the file, to compare two copies.</summary>
internal static class SqliteTables
{
    /// <summary>Every table's row count, except SQLite's own and the search indexes' (named "…Search" and "…Search_…"), which a migration run rebuilds.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only table names read from sqlite_master reach the SQL.")]
    public static async Task<SortedDictionary<string, long>> RowCountsAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%Search' AND name NOT LIKE '%Search\\_%' ESCAPE '\\'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    public static async Task<List<string>> NoteTextsAsync(string connectionString)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\" || ':' || \"Text\" FROM \"NarrativeNotes\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<string>();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }

    private static async Task<SqliteConnection> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
