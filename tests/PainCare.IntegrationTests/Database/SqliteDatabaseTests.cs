using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.Audit;
using PainCare.Data.Providers;
using PainCare.Data.Sqlite;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Database;

/// <summary>The SQLite file itself (ADR 0130): its migrations, pragmas, permissions and guards.</summary>
[Trait(TestEngine.Trait, "Sqlite")]
public sealed class SqliteDatabaseTests
{
    /// <summary>A model change without its scaffolded SQLite migration fails here.</summary>
    [Fact]
    public void SqliteModel_HasNoChangesMissingFromItsMigrations()
    {
        using var db = new DesignTimeContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: add a SQLite migration too (README, 'adding a migration').");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task FreshFile_IsMigrated_OwnerOnly_InWalMode_WithForeignKeysAndABusyTimeout()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false, provider: DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();

        var outcome = await PainCareDatabase.MigrateAsync(db);

        Assert.Equal(db.Database.GetMigrations(), outcome.Applied);
        var path = SqliteFile.PathOf(database.ConnectionString)!;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        await db.Database.OpenConnectionAsync();
        Assert.Equal("wal", await ScalarAsync<string>(db, "PRAGMA journal_mode"));
        Assert.Equal(1L, await ScalarAsync<long>(db, "PRAGMA foreign_keys"));
        Assert.Equal((long)SqlitePragmas.BusyTimeoutMilliseconds, await ScalarAsync<long>(db, "PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task AuditTrail_RefusesUpdateAndDelete_OnSqlite()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        db.AuditEvents.Add(new AuditEvent { Id = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, Action = "test.read", Outcome = "ok" });
        await db.SaveChangesAsync();

        var update = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Outcome\" = 'changed'"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEvents\""));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task AFileThatIsNotADatabase_IsRefused_AndLeftAsItWas()
    {
        var folder = Directory.CreateTempSubdirectory("paincare-test-").FullName;
        try
        {
            var path = Path.Combine(folder, "not-a-database.db");
            await File.WriteAllTextAsync(path, new string('x', 4096));
            await using var db = new PainCareDbContext(PainCareDatabase.Options(new DatabaseSettings(DatabaseProvider.Sqlite, SqliteFile.ConnectionString(path))));

            await Assert.ThrowsAnyAsync<DbException>(() => PainCareDatabase.MigrateAsync(db));

            Assert.Equal(new string('x', 4096), await File.ReadAllTextAsync(path));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DateTimeOffsets_AreFilteredAndOrderedInTheDatabase_AsInstants()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var noon = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
        // Local clock times in the reverse order of the instants: 11:30 UTC, 12:00 UTC and 12:30 UTC.
        foreach (var (action, at) in new[] { ("third", noon.AddMinutes(30).ToOffset(TimeSpan.FromHours(-5))), ("second", noon), ("first", noon.AddMinutes(-30).ToOffset(TimeSpan.FromHours(10))) })
        {
            db.AuditEvents.Add(new AuditEvent { Id = Guid.CreateVersion7(), OccurredAt = at, Action = action, Outcome = "ok" });
        }

        await db.SaveChangesAsync();
        var query = db.AuditEvents.Where(e => e.OccurredAt >= noon.AddMinutes(-45)).OrderBy(e => e.OccurredAt).Select(e => new { e.Action, e.OccurredAt });

        var rows = await query.ToListAsync();

        Assert.Equal(["first", "second", "third"], rows.Select(r => r.Action));
        Assert.Equal(noon, rows[1].OccurredAt);
        var sql = query.ToQueryString();
        Assert.Contains("WHERE \"a\".\"OccurredAt\" >=", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY \"a\".\"OccurredAt\"", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_CopiesTheLiveDatabase_AndNeverOverwritesAFile()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext())
        {
            db.AuditEvents.Add(new AuditEvent { Id = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, Action = "test.backup", Outcome = "ok" });
            await db.SaveChangesAsync();
        }

        var target = Path.Combine(Path.GetDirectoryName(SqliteFile.PathOf(database.ConnectionString))!, "copy.db");

        Assert.True(await PainCareDatabase.BackupSqliteAsync(database.Settings, target, CancellationToken.None));
        var written = await File.ReadAllBytesAsync(target);
        Assert.False(await PainCareDatabase.BackupSqliteAsync(database.Settings, target, CancellationToken.None));

        Assert.Equal(written, await File.ReadAllBytesAsync(target));
        await using var copy = new PainCareDbContext(PainCareDatabase.Options(new DatabaseSettings(DatabaseProvider.Sqlite, SqliteFile.ConnectionString(target))));
        Assert.Equal("test.backup", (await copy.AuditEvents.SingleAsync()).Action);
        Assert.Empty(await copy.Database.GetPendingMigrationsAsync());
    }

    private static async Task<T> ScalarAsync<T>(PainCareDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
