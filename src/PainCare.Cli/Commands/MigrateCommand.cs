using System.Text.Json;
using System.Data.Common;
using PainCare.Data;
using PainCare.Data.Providers;

namespace PainCare.Cli.Commands;

/// <summary>
/// Applies pending migrations to the configured database (<see cref="DatabaseTarget"/>). <c>./paincare restore</c> runs
/// it so an older backup is brought up to date. On success prints one JSON line, <c>{"applied":[...]}</c>.
/// </summary>
public sealed class MigrateCommand : ICliCommand
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string Name => "migrate";

    public string Summary => "Apply pending database migrations to the configured database (ConnectionStrings__PainCare, else the SQLite file).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await stderr.WriteLineAsync("usage: paincare migrate   (the database is named by ConnectionStrings__PainCare, else the SQLite file)");
            return 2;
        }

        try
        {
            await using var db = new PainCareDbContext(DatabaseTarget.Options(DatabaseTarget.Settings()));
            var outcome = await PainCareDatabase.MigrateAsync(db, cancellationToken);
            var applied = outcome.AdoptedBaseline ? [BaselineName, .. outcome.Applied] : outcome.Applied;
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new MigrationReport(applied), _json));
            return 0;
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            // The providers' messages carry no connection password and no row data (Npgsql's error details are off by default).
            await stderr.WriteLineAsync($"paincare migrate: the database could not be migrated: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Reported as applied when a hand-written history is moved onto the baseline (ADR 0100).</summary>
    private const string BaselineName = "baseline (from the hand-written migrations)";

    private sealed record MigrationReport(IReadOnlyList<string> Applied);
}
