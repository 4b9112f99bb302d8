using Microsoft.Data.Sqlite;

namespace PainCare.Data.Sqlite;

/// <summary>
/// Where the clinic's SQLite database lives and who may read it. The file holds every patient's record, so it and its
/// folder are the machine user's only (0600 and 0700); SQLite gives the <c>-wal</c> and <c>-shm</c> files the
/// database file's permissions.
/// </summary>
public static class SqliteFile
{
    public const string FileName = "paincare.db";

    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OwnerFolder = OwnerFile | UnixFileMode.UserExecute;

    /// <summary>$XDG_DATA_HOME/paincare/paincare.db, else ~/.local/share/paincare/paincare.db.</summary>
    public static string DefaultPath()
    {
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "paincare", FileName);
    }

    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ConnectionString;

    /// <summary>The file named by a connection string, or null for an in-memory database.</summary>
    public static string? PathOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return source.Length == 0 || source == ":memory:" ? null : Path.GetFullPath(source);
    }

    /// <summary>Creates the folder and an empty file owner-only before SQLite first opens it, and narrows an existing one to its owner.</summary>
    public static void Prepare(string connectionString)
    {
        if (PathOf(connectionString) is not { } path)
        {
            return;
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, OwnerFolder);
            }
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerFile });
        }

        // Narrowed only: group and other lose every bit, and the owner gains none, so a file made read-only stays so
        // (SQLite then refuses writes with one clear error instead of PainCare quietly making it writable again).
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.SetUnixFileMode(file, File.GetUnixFileMode(file) & OwnerFile);
        }
    }
}
