using System.Runtime.Versioning;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PainCare.Data;
using PainCare.Data.Audit;
using PainCare.Data.Identity;
using PainCare.Data.Seeding;
using PainCare.Domain.Narratives;
using PainCare.Testing;
using Xunit.Abstractions;

namespace PainCare.IntegrationTests.Database;

/// <summary><c>./paincare transfer --to</c>: the SQLite clinic moved whole into an empty PostgreSQL database (ADR 0180).</summary>
[UnsupportedOSPlatform("windows")]
[Trait(TestEngine.Trait, "PostgreSql")]
public sealed class TransferTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DemoClinic_TransferredIntoAnEmptyPostgreSqlDatabase_HasTheSameRowsAndNoteTexts_AndCarriesOn()
    {
        await using var source = await SeededSqliteClinicAsync();
        await using var target = await TestDatabase.CreateAsync(migrate: false, DatabaseProvider.PostgreSql);

        var result = await PaincareScript.RunAsync(Settings(source), "transfer", "--to", target.ConnectionString);

        Assert.True(result.ExitCode == 0, result.StandardError);
        output.WriteLine(result.StandardError);
        output.WriteLine(result.StandardOutput);
        var sourceCounts = await SqliteTables.RowCountsAsync(source.ConnectionString);
        // EF's own tables (history and SQLite's migration lock) are not copied: the target has its own migrations.
        foreach (var efTable in sourceCounts.Keys.Where(t => t.StartsWith("__EF", StringComparison.Ordinal)).ToList())
        {
            sourceCounts.Remove(efTable);
        }

        Assert.All(new[] { "AspNetUsers", "AspNetUserRoles", "NarrativeNotes", "NarrativeNoteVersions", "AuditEvents", "DataProtectionKeys" }, table => Assert.True(sourceCounts[table] > 0, $"{table} should have rows to compare."));
        Assert.Equal(sourceCounts, await PostgreSqlRowCountsAsync(target, sourceCounts.Keys));
        await using var from = source.CreateContext();
        await using var to = target.CreateContext();
        Assert.Equal(await NotesAsync(from), await NotesAsync(to));
        Assert.Equal(
            await from.AuditEvents.OrderBy(e => e.Id).Select(e => new { e.Id, e.OccurredAt, e.Action }).ToListAsync(),
            await to.AuditEvents.OrderBy(e => e.Id).Select(e => new { e.Id, e.OccurredAt, e.Action }).ToListAsync());
        Assert.Equal(to.Database.GetMigrations(), await to.Database.GetAppliedMigrationsAsync());
        // The identity sequence was moved past the copied keys: the next saved version gets a new one.
        var note = await to.NarrativeNotes.OrderBy(n => n.Id).FirstAsync(n => n.Status == NoteStatus.Draft);
        to.NarrativeNoteVersions.Add(new NarrativeNoteVersion { NoteId = note.Id, Revision = note.Revision + 100, Text = note.Text, SavedById = note.AuthorId, SavedAt = DateTimeOffset.UtcNow });
        await to.SaveChangesAsync();
    }

    [Fact]
    public async Task TransferIntoADatabaseWithMigrationsApplied_IsRefusedWithOneLine_AndLeavesItUntouched()
    {
        await using var source = await SeededSqliteClinicAsync();
        await using var target = await TestDatabase.CreateAsync(provider: DatabaseProvider.PostgreSql);

        var result = await PaincareScript.RunAsync(Settings(source), "transfer", "--to", target.ConnectionString);

        Assert.NotEqual(0, result.ExitCode);
        var message = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not empty", message, StringComparison.Ordinal);
        await using var to = target.CreateContext();
        Assert.Equal(0, await to.Users.CountAsync());
        Assert.Equal(0, await to.NarrativeNotes.CountAsync());
    }

    private static Dictionary<string, string> Settings(TestDatabase source) => new() { ["ConnectionStrings__PainCare"] = source.ConnectionString };

    private static async Task<TestDatabase> SeededSqliteClinicAsync()
    {
        var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        await RoleSeeder.EnsureRolesAsync(db);
        await DemoClinicSeeder.SeedIfEmptyAsync(db, new PasswordHasher<PainCareUser>(), new DemoSeedOptions(3, "transfer-test-password-42", new DateOnly(2026, 11, 27)));
        var offset = TimeSpan.FromHours(10);
        db.AuditEvents.Add(new AuditEvent { Id = Guid.CreateVersion7(), OccurredAt = new DateTimeOffset(2026, 11, 27, 9, 30, 0, offset), Action = "test.transfer", Outcome = "ok" });
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-test", Xml = "<key id=\"test\" />" });
        await db.SaveChangesAsync();
        return database;
    }

    private static async Task<List<(Guid Id, string Text)>> NotesAsync(PainCareDbContext db) =>
        (await db.NarrativeNotes.AsNoTracking().Select(n => new { n.Id, n.Text }).ToListAsync()).Select(n => (n.Id, n.Text)).OrderBy(n => n.Id).ToList();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only table names read from the SQLite catalog reach the SQL.")]
    private static async Task<SortedDictionary<string, long>> PostgreSqlRowCountsAsync(TestDatabase database, IEnumerable<string> tables)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
