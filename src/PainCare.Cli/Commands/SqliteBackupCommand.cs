using System.Data.Common;
using PainCare.Data;
using PainCare.Data.Providers;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare sqlite-backup FILE</c>: a consistent copy of the configured SQLite database (<c>VACUUM INTO</c>), written
/// only where no file exists yet. <c>./paincare backup</c> runs it when the clinic is on SQLite; prints the file's path.
/// </summary>
public sealed class SqliteBackupCommand : ICliCommand
{
    public string Name => "sqlite-backup";

    public string Summary => "Copy the configured SQLite database to a new file: paincare sqlite-backup FILE.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count != 1)
        {
            await stderr.WriteLineAsync("usage: paincare sqlite-backup FILE");
            return 2;
        }

        var settings = DatabaseTarget.Settings();
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            await stderr.WriteLineAsync("paincare sqlite-backup: the configured database is PostgreSQL: use ./paincare backup.");
            return 1;
        }

        try
        {
            if (!await PainCareDatabase.BackupSqliteAsync(settings, args[0], cancellationToken))
            {
                await stderr.WriteLineAsync($"paincare sqlite-backup: {args[0]} already exists: nothing was overwritten.");
                return 1;
            }
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"paincare sqlite-backup: the backup failed: {ex.Message}");
            return 1;
        }

        await stdout.WriteLineAsync(Path.GetFullPath(args[0]));
        return 0;
    }
}
