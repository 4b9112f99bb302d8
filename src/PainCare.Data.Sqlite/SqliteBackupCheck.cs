using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PainCare.Data.Sqlite;

/// <summary>
/// Whether a file is a PainCare SQLite database that can be trusted as a restore's source: SQLite can read it, its
/// <c>PRAGMA integrity_check</c> says ok, and its migration history holds PainCare's SQLite baseline. It is opened
/// read-only and left as it was.
/// </summary>
public static class SqliteBackupCheck
{
    /// <summary>The first SQLite migration, which every PainCare SQLite database has applied.</summary>
    public static string BaselineId { get; } = typeof(SqliteBackupCheck).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .First();

    public static string ReadOnly(string file) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString;

    public static async Task<bool> IsPainCareDatabaseAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        try
        {
            await using var connection = new SqliteConnection(ReadOnly(file));
            await connection.OpenAsync(cancellationToken);
            return await ScalarAsync(connection, "PRAGMA integrity_check", cancellationToken) is "ok"
                && await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", cancellationToken) is 1L
                && await ScalarAsync(connection, $"SELECT count(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{BaselineId}'", cancellationToken) is 1L;
        }
        catch (SqliteException)
        {
            // Not a database at all (SQLITE_NOTADB), or damaged beyond reading.
            return false;
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only constant SQL and the compiled-in migration id reach here.")]
    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
