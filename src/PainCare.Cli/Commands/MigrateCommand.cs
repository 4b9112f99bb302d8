using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PainCare.Data;
using PainCare.Data.PostgreSql;

namespace PainCare.Cli.Commands;

/// <summary>
/// Applies pending migrations on the owner's connection, <c>ConnectionStrings__PainCareOwner</c>, and gives the app's role
/// (<c>ConnectionStrings__PainCare</c>) its privileges (ADR 0120); with the app's connection alone, the single role of older
/// set-ups migrates. <c>./paincare restore</c> runs it so an older backup is brought up to date. On success prints one
/// JSON line, <c>{"applied":[...]}</c>.
/// </summary>
public sealed class MigrateCommand : ICliCommand
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string Name => "migrate";

    public string Summary => "Apply pending database migrations as ConnectionStrings__PainCareOwner, then grant the app's role.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await stderr.WriteLineAsync("usage: paincare migrate   (the database is named by ConnectionStrings__PainCareOwner and ConnectionStrings__PainCare)");
            return 2;
        }

        var appConnection = Environment.GetEnvironmentVariable("ConnectionStrings__PainCare");
        var ownerConnection = Environment.GetEnvironmentVariable("ConnectionStrings__PainCareOwner");
        if (string.IsNullOrWhiteSpace(appConnection) && string.IsNullOrWhiteSpace(ownerConnection))
        {
            await stderr.WriteLineAsync("paincare migrate: set ConnectionStrings__PainCareOwner (and ConnectionStrings__PainCare) to the database to migrate.");
            return 2;
        }

        try
        {
            // ADR 0120: the owner's role migrates, then grants the app's role (named by its own connection) its privileges.
            string? appRole = null;
            if (!string.IsNullOrWhiteSpace(ownerConnection) && !string.IsNullOrWhiteSpace(appConnection))
            {
                appRole = await AppRoleAsync(appConnection, cancellationToken);
            }

            await using var db = Context(string.IsNullOrWhiteSpace(ownerConnection) ? appConnection! : ownerConnection);
            var outcome = await PainCareMigrator.MigrateAsync(db, appRole, cancellationToken);
            if (outcome.GrantedTo is { } granted)
            {
                await stderr.WriteLineAsync($"paincare migrate: the app's role {granted} may read and write rows, and only add to and read the audit trail.");
            }

            var applied = outcome.AdoptedBaseline ? [BaselineName, .. outcome.Applied] : outcome.Applied;
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new MigrationReport(applied), _json));
            return 0;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            // Npgsql's messages carry no connection password and no row data (error details are off by default).
            await stderr.WriteLineAsync($"paincare migrate: the database could not be migrated: {ex.Message}");
            return 1;
        }
    }

    private static PainCareDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<PainCareDbContext>().UsePainCarePostgreSql(connectionString).Options);

    private static async Task<string> AppRoleAsync(string appConnection, CancellationToken cancellationToken)
    {
        await using var db = Context(appConnection);
        return await PainCare.Data.PostgreSql.Roles.AppRolePrivileges.CurrentRoleAsync(db, cancellationToken);
    }

    /// <summary>Reported as applied when a hand-written history is moved onto the baseline (ADR 0100).</summary>
    private const string BaselineName = "baseline (from the hand-written migrations)";

    private sealed record MigrationReport(IReadOnlyList<string> Applied);
}
