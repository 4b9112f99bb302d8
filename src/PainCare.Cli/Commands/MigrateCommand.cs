using System.Data.Common;
using System.Text.Json;
using PainCare.Data;
using PainCare.Data.PostgreSql;
using PainCare.Data.PostgreSql.Roles;
using PainCare.Data.Providers;

namespace PainCare.Cli.Commands;

/// <summary>
/// Applies pending migrations to the configured database (<see cref="DatabaseTarget"/>, ADR 0130). On PostgreSQL it migrates
/// on the owner's connection, <c>ConnectionStrings__PainCareOwner</c>, and gives the app's role
/// (<c>ConnectionStrings__PainCare</c>) its privileges (ADR 0120); with the app's connection alone, the single role of older
/// set-ups migrates. <c>./paincare restore</c> runs it so an older backup is brought up to date. On success prints one
/// JSON line, <c>{"applied":[...]}</c>.
/// </summary>
public sealed class MigrateCommand : ICliCommand
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string Name => "migrate";

    public string Summary => "Apply pending database migrations (PostgreSQL: as ConnectionStrings__PainCareOwner, then grant the app's role).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await stderr.WriteLineAsync("usage: paincare migrate   (the database is named by ConnectionStrings__PainCareOwner and ConnectionStrings__PainCare, else the SQLite file)");
            return 2;
        }

        try
        {
            var settings = DatabaseTarget.Settings();
            var ownerConnection = Environment.GetEnvironmentVariable("ConnectionStrings__PainCareOwner") is { Length: > 0 } owner ? owner : null;
            var outcome = settings.Provider == DatabaseProvider.PostgreSql || ownerConnection is not null
                ? await MigratePostgreSqlAsync(DatabaseTarget.ConnectionString, ownerConnection, stderr, cancellationToken)
                : await MigrateSqliteAsync(settings, cancellationToken);
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

    private static async Task<MigrationOutcome> MigrateSqliteAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using var db = new PainCareDbContext(DatabaseTarget.Options(settings));
        return await PainCareDatabase.MigrateAsync(db, cancellationToken);
    }

    // ADR 0120: the owner's role migrates, then grants the app's role (named by its own connection) its privileges.
    private static async Task<MigrationOutcome> MigratePostgreSqlAsync(
        string? appConnection, string? ownerConnection, TextWriter stderr, CancellationToken cancellationToken)
    {
        string? appRole = null;
        if (ownerConnection is not null && appConnection is not null)
        {
            await using var app = new PainCareDbContext(DatabaseTarget.Options(appConnection));
            appRole = await AppRolePrivileges.CurrentRoleAsync(app, cancellationToken);
        }

        await using var db = new PainCareDbContext(DatabaseTarget.Options(ownerConnection ?? appConnection!));
        var outcome = await PainCareMigrator.MigrateAsync(db, appRole, cancellationToken);
        if (outcome.GrantedTo is { } granted)
        {
            await stderr.WriteLineAsync($"paincare migrate: the app's role {granted} may read and write rows, and only add to and read the audit trail.");
        }

        return outcome;
    }

    /// <summary>Reported as applied when a hand-written history is moved onto the baseline (ADR 0100).</summary>
    private const string BaselineName = "baseline (from the hand-written migrations)";

    private sealed record MigrationReport(IReadOnlyList<string> Applied);
}
