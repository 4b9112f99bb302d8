using System.Data.Common;
using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PainCare.Data;
using PainCare.Data.Providers;
using PainCare.Data.Sqlite;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Database;

/// <summary>A SQLite file that cannot be written (full, read-only): a clear error and nothing half-migrated (ADR 0180).</summary>
[UnsupportedOSPlatform("windows")]
[Trait(TestEngine.Trait, "Sqlite")]
public sealed class SqliteFaultTests
{
    [Fact]
    public async Task DiskFullDuringTheFirstMigration_FailsWithSqliteFull_AndLeavesNoTableOfTheClinic()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false, provider: DatabaseProvider.Sqlite);
        // SQLite's page limit fails writes past it exactly as a full disk does (SQLITE_FULL), without mounting a small disk.
        var options = new DbContextOptionsBuilder<PainCareDbContext>();
        options.UsePainCareDatabase(database.Settings).AddInterceptors(new PageLimit(40));

        await using (var db = new PainCareDbContext(options.Options))
        {
            var failure = await Assert.ThrowsAnyAsync<DbException>(() => PainCareDatabase.MigrateAsync(db));
            Assert.Equal(13, Assert.IsType<SqliteException>(failure).SqliteErrorCode); // SQLITE_FULL
        }

        await using var after = database.CreateContext();
        Assert.Empty(await after.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await after.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name IN ('Patients', 'NarrativeNotes', 'AuditEvents')").SingleAsync());
    }

    [Fact]
    public async Task AReadOnlyFile_IsNotMadeWritable_ByPreparingIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        SqliteConnection.ClearAllPools();
        var path = SqliteFile.PathOf(database.ConnectionString)!;
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        SqliteFile.Prepare(database.ConnectionString);

        Assert.Equal(UnixFileMode.UserRead, File.GetUnixFileMode(path));
    }

    private sealed class PageLimit(int pages) : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA max_page_count = {pages}";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA max_page_count = {pages}";
            command.ExecuteNonQuery();
        }
    }
}
