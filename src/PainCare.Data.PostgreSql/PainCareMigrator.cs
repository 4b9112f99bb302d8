using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PainCare.Data.PostgreSql;

/// <summary>
/// What a migration run did: whether a hand-written history was moved to the baseline, what it applied, and which app
/// role it gave its privileges to (ADR 0120), if any.
/// </summary>
public sealed record MigrationOutcome(bool AdoptedBaseline, IReadOnlyList<string> Applied, string? GrantedTo = null);

/// <summary>The only way PainCare migrates a PostgreSQL database: the web app's start-up, the CLI and the tests use it.</summary>
public static class PainCareMigrator
{
    // A session advisory lock (the key is any constant): nodes starting together migrate one after the other.
    private const string Lock = "SELECT pg_advisory_lock(5791013)";

    private const string Unlock = "SELECT pg_advisory_unlock(5791013)";

    public static async Task<MigrationOutcome> MigrateAsync(PainCareDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The second node waits here, then finds nothing pending (EF's own lock does not cover reading the pending list).
            await db.Database.ExecuteSqlRawAsync(Lock, cancellationToken);
            // Creating the history table first spares an empty database EF's logged "failed command" while it probes for it.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            var adopted = await BaselineAdoption.AdoptIfHandWrittenAsync(db, cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            return new MigrationOutcome(adopted, pending);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(Unlock, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Migrates on the owner's connection, then gives the app's role exactly its privileges (ADR 0120). With no app role,
    /// or the owner's own, the owner is also the app's role: the single-role set-up the start-up check refuses.
    /// </summary>
    public static async Task<MigrationOutcome> MigrateAsync(PainCareDbContext ownerDb, string? appRole, CancellationToken cancellationToken = default)
    {
        var outcome = await MigrateAsync(ownerDb, cancellationToken);
        if (appRole is { Length: > 0 } && appRole != await Roles.AppRolePrivileges.CurrentRoleAsync(ownerDb, cancellationToken))
        {
            await Roles.AppRolePrivileges.GrantAsync(ownerDb, appRole, cancellationToken);
            return outcome with { GrantedTo = appRole };
        }

        return outcome;
    }
}
