using System.Runtime.Versioning;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using PainCare.Data;
using PainCare.Data.Identity;
using PainCare.Data.Seeding;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Database;

/// <summary><c>./paincare backup</c> and <c>restore</c> on SQLite (ADR 0180): a round trip, and the two refusals.</summary>
[UnsupportedOSPlatform("windows")]
[Trait(TestEngine.Trait, "Sqlite")]
public sealed class SqliteRestoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paincare-sqlite-restore-").FullName;

    private string NewClinicPath => Path.Combine(_folder, "clinic", "paincare.db");

    [Fact]
    public async Task BackupOfTheDemoClinic_RestoredWhereNoDatabaseIs_HasTheSameRowsAndNoteTexts_OwnerOnly()
    {
        await using var source = await SeededDemoClinicAsync();
        var backup = await BackupAsync(source.ConnectionString);
        var target = NewClinicPath;

        var restore = await PaincareScript.RunAsync(Settings($"Data Source={target}"), "restore", backup);

        Assert.True(restore.ExitCode == 0, restore.StandardError);
        Assert.Contains("migrations applied since the backup: none", restore.StandardError, StringComparison.Ordinal);
        var sourceCounts = await SqliteTables.RowCountsAsync(source.ConnectionString);
        Assert.True(sourceCounts["NarrativeNotes"] > 0, "The demo clinic should have narrative notes to compare.");
        Assert.True(sourceCounts["AspNetUsers"] > 0, "The demo clinic should have users to compare.");
        Assert.Equal(sourceCounts, await SqliteTables.RowCountsAsync($"Data Source={target}"));
        Assert.Equal(await SqliteTables.NoteTextsAsync(source.ConnectionString), await SqliteTables.NoteTextsAsync($"Data Source={target}"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(target)!));
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(target)!), f => f.Contains(".restore-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RestoreWhereADatabaseIs_IsRefusedWithOneLine_AndLeavesItUntouched()
    {
        await using var source = await SeededDemoClinicAsync();
        var backup = await BackupAsync(source.ConnectionString);
        await using var existing = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        var path = new SqliteConnectionStringBuilder(existing.ConnectionString).DataSource;
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(path);

        var result = await PaincareScript.RunAsync(Settings(existing.ConnectionString), "restore", backup);

        Assert.NotEqual(0, result.ExitCode);
        var message = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("already holds a database", message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("another SQLite database")]
    public async Task RestoreOfAFileThatIsNotAPainCareDatabase_IsRefusedWithOneLine_AndCreatesNothing(string kind)
    {
        var notPainCare = Path.Combine(_folder, "not-paincare.db");
        if (kind == "text")
        {
            await File.WriteAllTextAsync(notPainCare, new string('x', 8192));
        }
        else
        {
            await using var other = new SqliteConnection($"Data Source={notPainCare};Pooling=False");
            await other.OpenAsync();
            await using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipes (name) VALUES ('soup');";
            await create.ExecuteNonQueryAsync();
        }

        var result = await PaincareScript.RunAsync(Settings($"Data Source={NewClinicPath}"), "restore", notPainCare);

        Assert.NotEqual(0, result.ExitCode);
        var message = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is not a PainCare SQLite database", message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(NewClinicPath)), "A refused restore should create nothing.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Dictionary<string, string> Settings(string connectionString) => new()
    {
        ["ConnectionStrings__PainCare"] = connectionString,
        ["PAINCARE_BACKUP_DIR"] = Path.Combine(_folder, "backups"),
    };

    private async Task<string> BackupAsync(string connectionString)
    {
        var result = await PaincareScript.RunAsync(Settings(connectionString), "backup");
        Assert.True(result.ExitCode == 0, result.StandardError);
        return result.StandardOutput.Trim();
    }

    private static async Task<TestDatabase> SeededDemoClinicAsync()
    {
        var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        await RoleSeeder.EnsureRolesAsync(db);
        await DemoClinicSeeder.SeedIfEmptyAsync(db, new PasswordHasher<PainCareUser>(), new DemoSeedOptions(5, "restore-test-password-42", new DateOnly(2026, 11, 27)));
        return database;
    }
}
