using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PainCare.Data.Sqlite;

/// <summary>
/// Sent on every connection PainCare opens: write-ahead logging (readers never wait for the writer; the mode is kept in
/// the file), a busy timeout so a second writer waits for the first instead of failing with "database is locked", and
/// foreign keys, which SQLite leaves off unless asked. <c>synchronous</c> stays at its default (FULL): a committed
/// clinical note must survive a power cut, not only a crash of the app.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only this class's constant pragmas reach the SQL.")]
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public const int BusyTimeoutMilliseconds = 10_000;

    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

    private const string WalAndPragmas = "PRAGMA journal_mode = WAL; " + Pragmas;

    // EF opens a read-only connection to ask whether the file exists; the journal mode cannot be set on that one.
    private static bool ReadOnly(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ReadOnly(connection) ? Pragmas : WalAndPragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ReadOnly(connection) ? Pragmas : WalAndPragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
