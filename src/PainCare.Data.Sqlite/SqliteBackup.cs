using Microsoft.Data.Sqlite;

namespace PainCare.Data.Sqlite;

/// <summary>
/// A consistent copy of a live SQLite database with <c>VACUUM INTO</c>: SQLite writes it from one read transaction, so
/// saves going on meanwhile are either wholly in it or not at all (never a copy of the file and its WAL). It never
/// overwrites a file, and the copy is the owner's only.
/// </summary>
public static class SqliteBackup
{
    /// <summary>False, writing nothing, when <paramref name="target"/> already exists.</summary>
    public static async Task<bool> WriteAsync(string connectionString, string target, CancellationToken cancellationToken)
    {
        if (File.Exists(target))
        {
            return false;
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", Path.GetFullPath(target));
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return true;
    }
}
