using Microsoft.Data.Sqlite;

namespace PainCare.Data.Sqlite;

/// <summary>
/// Restores a SQLite backup (<see cref="SqliteBackup"/>) into the configured path, only where no database is yet: a clinic
/// is never replaced. The backup is checked first (<see cref="SqliteBackupCheck"/>), copied with SQLite's online backup
/// API into an owner-only temporary file in the same folder, then renamed into place, so the path never holds half a
/// database. The single-process lock is held throughout, so the app cannot start on the path meanwhile.
/// </summary>
public static class SqliteRestore
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static async Task<DatabaseRestoreStatus> RestoreAsync(string backupFile, string connectionString, CancellationToken cancellationToken)
    {
        var target = SqliteFile.PathOf(connectionString) ?? throw new ArgumentException("A restore needs a SQLite file, not an in-memory database.", nameof(connectionString));
        if (!await SqliteBackupCheck.IsPainCareDatabaseAsync(backupFile, cancellationToken))
        {
            return DatabaseRestoreStatus.NotAPainCareDatabase;
        }

        // Creates the folder (0700) and an empty placeholder file (0600) when they are missing.
        using var claim = SqliteSingleProcess.Acquire(connectionString);
        if (HoldsADatabase(target))
        {
            return DatabaseRestoreStatus.DatabaseExists;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.restore-{Guid.NewGuid():N}");
        try
        {
            CreateOwnerOnly(temporary);
            await using (var source = new SqliteConnection(SqliteBackupCheck.ReadOnly(backupFile)))
            await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ConnectionString))
            {
                await source.OpenAsync(cancellationToken);
                await destination.OpenAsync(cancellationToken);
                source.BackupDatabase(destination);
            }

            // Empty leftovers of the placeholder must not be taken for the restored database's log.
            foreach (var leftover in new[] { target + "-wal", target + "-shm", target + "-journal" }.Where(File.Exists))
            {
                File.Delete(leftover);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            foreach (var file in new[] { temporary, temporary + "-journal" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }

        return DatabaseRestoreStatus.Restored;
    }

    /// <summary>True when the path holds anything but the empty file <see cref="SqliteFile.Prepare"/> creates, or a log with content.</summary>
    public static bool HoldsADatabase(string path) =>
        new[] { path, path + "-wal" }.Any(file => new FileInfo(file) is { Exists: true, Length: > 0 });

    private static void CreateOwnerOnly(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerFile;
        }

        using var created = new FileStream(path, options);
    }
}
