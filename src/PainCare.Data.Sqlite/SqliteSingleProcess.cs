namespace PainCare.Data.Sqlite;

/// <summary>
/// SQLite is one node (ADR 0130): the app holds an exclusive lock on <c>&lt;file&gt;.lock</c> for as long as it runs, and a
/// second app process on the same file is refused at start-up instead of sharing the clinic with it. .NET takes the
/// lock with <c>flock</c> on Linux, which the kernel releases when the process ends, even by <c>kill -9</c>.
/// </summary>
public static class SqliteSingleProcess
{
    // .NET reports a refused flock as an IOException carrying errno EWOULDBLOCK on Unix, and a sharing violation on Windows.
    private const int LinuxWouldBlock = 11;

    private const int MacWouldBlock = 35;

    private const int WindowsSharingViolation = unchecked((int)0x80070020);

    /// <summary>The held lock, or null for an in-memory database. Throws <see cref="DatabaseInUseException"/> when another process holds it.</summary>
    public static IDisposable? Acquire(string connectionString)
    {
        if (SqliteFile.PathOf(connectionString) is not { } path)
        {
            return null;
        }

        SqliteFile.Prepare(connectionString);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            return new FileStream(path + ".lock", options);
        }
        catch (IOException ex) when (ex.HResult is LinuxWouldBlock or MacWouldBlock or WindowsSharingViolation)
        {
            // Only a lock held elsewhere means another process; a read-only or full file system is reported as itself.
            throw new DatabaseInUseException();
        }
    }
}
