using Microsoft.EntityFrameworkCore;
using PainCare.Data.Sqlite.Migrations;

namespace PainCare.Data.Sqlite;

/// <summary>The only way PainCare migrates a SQLite database: the file is made owner-only first, then EF migrates it.</summary>
public static class SqliteMigrator
{
    /// <summary>The migrations that were pending and are now applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(PainCareDbContext db, CancellationToken cancellationToken = default)
    {
        SqliteFile.Prepare(db.Database.GetConnectionString()!);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SqliteSearchIndex.Rebuild, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SqliteSearchPlaces.Rebuild, cancellationToken);
        return pending;
    }
}
