using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PainCare.Data.PostgreSql;

/// <summary>What a migration run did: whether a hand-written history was moved to the baseline, and what it applied.</summary>
public sealed record MigrationOutcome(bool AdoptedBaseline, IReadOnlyList<string> Applied);

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
}
