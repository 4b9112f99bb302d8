using System.Data.Common;
using System.Text.Json;
using PainCare.Data;
using PainCare.Data.Providers;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare sqlite-restore FILE</c>: restores a backup made by <c>./paincare backup</c> into the configured SQLite path,
/// only where no database is yet, then applies pending migrations. <c>./paincare restore</c> runs it when the clinic is on
/// SQLite. On success prints one JSON line, <c>{"database":PATH,"applied":[...]}</c>; a refusal is one line and exit 1.
/// </summary>
public sealed class SqliteRestoreCommand : ICliCommand
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string Name => "sqlite-restore";

    public string Summary => "Restore a SQLite backup into the configured SQLite path, where no database is yet: paincare sqlite-restore FILE.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count != 1)
        {
            await stderr.WriteLineAsync("usage: paincare sqlite-restore FILE");
            return 2;
        }

        var settings = DatabaseTarget.Settings();
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            await stderr.WriteLineAsync("paincare sqlite-restore: the configured database is PostgreSQL: use ./paincare restore.");
            return 1;
        }

        var path = PainCareDatabase.SqlitePathOf(settings);
        DatabaseRestoreStatus status;
        try
        {
            status = await PainCareDatabase.RestoreSqliteAsync(settings, args[0], cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or DatabaseInUseException)
        {
            await stderr.WriteLineAsync($"paincare restore: the restore failed, and {path} holds no database: {ex.Message}");
            return 1;
        }

        var refusal = status switch
        {
            DatabaseRestoreStatus.DatabaseExists => $"{path} already holds a database: restore only where there is none (nothing was changed).",
            DatabaseRestoreStatus.NotAPainCareDatabase => $"{args[0]} is not a PainCare SQLite database made by ./paincare backup (or it is damaged); nothing was changed.",
            _ => null,
        };
        if (refusal is not null)
        {
            await stderr.WriteLineAsync($"paincare restore: {refusal}");
            return 1;
        }

        try
        {
            await using var db = new PainCareDbContext(DatabaseTarget.Options(settings));
            var outcome = await PainCareDatabase.MigrateAsync(db, cancellationToken);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new RestoreReport(path, outcome.Applied), _json));
            return 0;
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"paincare restore: restored into {path}, but applying migrations failed: {ex.Message}");
            return 1;
        }
    }

    private sealed record RestoreReport(string Database, IReadOnlyList<string> Applied);
}
