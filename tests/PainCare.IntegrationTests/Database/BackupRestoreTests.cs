using PainCare.Data;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PainCare.Data.PostgreSql;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Database;

// ./paincare is a bash script; these tests, like the script, need a Unix machine.
[UnsupportedOSPlatform("windows")]
[Trait(TestEngine.Trait, "PostgreSql")]
public sealed partial class BackupRestoreTests : IDisposable
{
    private readonly string _backupFolder = Directory.CreateTempSubdirectory("paincare-backups-").FullName;

    [Fact]
    public async Task BackupOfTheDemoClinic_RestoredIntoAnEmptyDatabase_HasTheSameRowsAndNoteTexts()
    {
        await using var server = await AppServer.StartAsync(provider: DatabaseProvider.PostgreSql);
        // Stopped first, so nothing the app does in the background can change a count between backup and comparison.
        await server.KillAsync();
        await using var target = await TestDatabase.CreateAsync(migrate: false, DatabaseProvider.PostgreSql);

        var backup = await BackupAsync(server.Database);
        var restore = await PaincareScript.RunAsync(Settings(target), "restore", backup);

        Assert.True(restore.ExitCode == 0, restore.StandardError);
        var sourceCounts = await RowCountsAsync(server.Database);
        Assert.True(sourceCounts["NarrativeNotes"] > 0, "The demo clinic should have narrative notes to compare.");
        Assert.True(sourceCounts["AspNetUsers"] > 0, "The demo clinic should have users to compare.");
        Assert.Equal(sourceCounts, await RowCountsAsync(target));
        Assert.Equal(await NoteChecksumAsync(server.Database), await NoteChecksumAsync(target));
        Assert.Equal((new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnection).Username, true, false), await AuditTrailRolesAsync(target));
    }

    [Fact]
    public async Task Backup_WritesAPrivateTimestampedFile_AndPrintsOnlyItsPath()
    {
        await using var source = await TestDatabase.CreateAsync(provider: DatabaseProvider.PostgreSql);

        var result = await PaincareScript.RunAsync(Settings(source), "backup");

        Assert.True(result.ExitCode == 0, result.StandardError);
        var path = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(_backupFolder, Path.GetDirectoryName(path));
        Assert.Matches(BackupFileName(), Path.GetFileName(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task RestoreIntoADatabaseWithTables_IsRefused_AndLeavesItUntouched()
    {
        await using var source = await TestDatabase.CreateAsync(provider: DatabaseProvider.PostgreSql);
        await using var target = await TestDatabase.CreateAsync(provider: DatabaseProvider.PostgreSql);
        await ExecuteAsync(target, "INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\") VALUES ('keep', 'Keep', 'KEEP')");
        var backup = await BackupAsync(source);

        var result = await PaincareScript.RunAsync(Settings(target), "restore", backup);

        Assert.NotEqual(0, result.ExitCode);
        var message = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not empty", message, StringComparison.Ordinal);
        Assert.Equal(1, (await RowCountsAsync(target))["AspNetRoles"]);
    }

    [Fact]
    public async Task RestoreOfABackupFromTheHandWrittenMigrations_MovesItOntoTheBaseline()
    {
        await using var source = await HandWrittenSchema.CreateAsync();
        await using var target = await TestDatabase.CreateAsync(migrate: false, DatabaseProvider.PostgreSql);
        var backup = await BackupAsync(source);

        // Named with --database on the configured (source) server: the migrations must reach the target, not the source.
        var result = await PaincareScript.RunAsync(Settings(source), "restore", backup, "--database", target.Name);

        Assert.True(result.ExitCode == 0, result.StandardError);
        await using var restored = target.CreateContext();
        Assert.Equal(restored.Database.GetMigrations(), await restored.Database.GetAppliedMigrationsAsync());
        Assert.Contains("baseline", result.StandardError, StringComparison.Ordinal);
        await using var original = source.CreateContext();
        Assert.DoesNotContain(BaselineAdoption.BaselineId, await original.Database.GetAppliedMigrationsAsync());
    }

    public void Dispose() => Directory.Delete(_backupFolder, recursive: true);

    private Dictionary<string, string> Settings(TestDatabase database) => new()
    {
        ["ConnectionStrings__PainCare"] = database.AppConnectionString,
        ["ConnectionStrings__PainCareOwner"] = database.ConnectionString,
        ["PAINCARE_BACKUP_DIR"] = _backupFolder,
    };

    private async Task<string> BackupAsync(TestDatabase database)
    {
        var result = await PaincareScript.RunAsync(Settings(database), "backup");
        Assert.True(result.ExitCode == 0, result.StandardError);
        var path = result.StandardOutput.Trim();
        Assert.True(File.Exists(path), $"No backup file at '{path}'.");
        return path;
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table] = await ScalarAsync<long>(connection, $"SELECT count(*) FROM \"{table}\"");
        }

        return counts;
    }

    /// <summary>Who owns the restored audit trail, and whether the app's role may add to it and delete from it (ADR 0120).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only the tests' constant role name reaches the SQL.")]
    private static async Task<(string? Owner, bool AppMayInsert, bool AppMayDelete)> AuditTrailRolesAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            SELECT tableowner::text, has_table_privilege('{TestDatabase.AppRole}', '"AuditEvents"', 'INSERT'),
                   has_table_privilege('{TestDatabase.AppRole}', '"AuditEvents"', 'DELETE')
            FROM pg_tables WHERE tablename = 'AuditEvents'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2));
    }

    private static async Task<string> NoteChecksumAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return await ScalarAsync<string>(connection, "SELECT md5(string_agg(\"Text\", '|' ORDER BY \"Id\")) FROM \"NarrativeNotes\"");
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only table names read from the catalog and constant SQL reach here.")]
    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex(@"^paincare-\d{8}-\d{6}\.dump$")]
    private static partial Regex BackupFileName();
}
