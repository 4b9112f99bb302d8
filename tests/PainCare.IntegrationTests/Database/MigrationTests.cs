using PainCare.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Identity;
using PainCare.Data.PostgreSql;
using PainCare.Data.Seeding;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Database;

[Trait(TestEngine.Trait, "PostgreSql")]
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false, DatabaseProvider.PostgreSql);
        await using var db = database.CreateContext();

        var outcome = await PainCareMigrator.MigrateAsync(db);

        var applied = await db.Database.GetAppliedMigrationsAsync();
        Assert.False(outcome.AdoptedBaseline);
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Equal(applied, outcome.Applied);
        Assert.Contains(BaselineAdoption.BaselineId, applied);
        Assert.Equal(0, await db.Patients.CountAsync());
    }

    /// <summary>A model change without its scaffolded migration fails here, not on a clinic's database.</summary>
    [Fact]
    public void Model_HasNoChangesMissingFromTheMigrations()
    {
        using var db = new DesignTimeContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: add a migration (README, 'adding a migration').");
    }

    [Fact]
    public async Task HandWrittenDatabase_MovesOntoTheBaseline_WithEveryRowIntact()
    {
        await using var existing = await HandWrittenSchema.CreateAsync();
        await using (var db = HandWrittenSchema.CreateLegacyContext(existing))
        {
            await RoleSeeder.EnsureRolesAsync(db);
            await DemoClinicSeeder.SeedIfEmptyAsync(db, new PasswordHasher<PainCareUser>(), new DemoSeedOptions(7, "upgrade-test-password-42", new DateOnly(2026, 11, 27)));
        }

        var before = await TableChecksums.ReadAsync(existing.ConnectionString);

        MigrationOutcome outcome;
        List<string> afterBaseline;
        await using (var db = existing.CreateContext())
        {
            outcome = await PainCareMigrator.MigrateAsync(db);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            afterBaseline = db.Database.GetMigrations().SkipWhile(id => id != BaselineAdoption.BaselineId).Skip(1).ToList();
        }

        Assert.True(outcome.AdoptedBaseline);
        Assert.Equal(afterBaseline, outcome.Applied);
        Assert.True(int.Parse(before["NarrativeNotes"].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) > 0, "The demo clinic should have notes.");
        var after = await TableChecksums.ReadAsync(existing.ConnectionString);
        Assert.Equal(before, new SortedDictionary<string, string>(after.Where(t => before.ContainsKey(t.Key)).ToDictionary()));
        // Tables that later migrations add start empty.
        Assert.All(after.Where(t => !before.ContainsKey(t.Key)), t => Assert.StartsWith("0 ", t.Value, StringComparison.Ordinal));
    }

    /// <summary>Adopting the baseline rewrites only the history, so it is right only if the two schemas are the same.</summary>
    [Fact]
    public async Task HandWrittenDatabase_HasExactlyTheBaselinesSchema()
    {
        await using var upgraded = await HandWrittenSchema.CreateAsync();
        await using (var db = upgraded.CreateContext())
        {
            // As TestDatabase migrates the fresh one: the app's role gets its grants from the owner (ADR 0120).
            await PainCareMigrator.MigrateAsync(db, TestDatabase.AppRole);
        }

        await using var fresh = await TestDatabase.CreateAsync(migrate: true, DatabaseProvider.PostgreSql);

        var upgradedSchema = await SchemaCatalog.ReadAsync(upgraded.ConnectionString);
        var freshSchema = await SchemaCatalog.ReadAsync(fresh.ConnectionString);

        var onlyUpgraded = upgradedSchema.Except(freshSchema).ToList();
        var onlyFresh = freshSchema.Except(upgradedSchema).ToList();
        Assert.True(
            onlyUpgraded.Count == 0 && onlyFresh.Count == 0,
            $"Schema drift.\nOnly in the upgraded database:\n  {string.Join("\n  ", onlyUpgraded)}\nOnly in the baseline:\n  {string.Join("\n  ", onlyFresh)}");
        Assert.Contains(freshSchema, line => line.StartsWith("trigger \"AuditEvents\" CREATE TRIGGER \"AuditEvents_NoTruncate\"", StringComparison.Ordinal));
        Assert.Contains(freshSchema, line => line == "storage NarrativeNotes.SearchVector m");
        Assert.DoesNotContain(freshSchema, line => line.StartsWith("privilege AuditEvents UPDATE", StringComparison.Ordinal));
        Assert.Contains($"privilege AuditEvents INSERT to {TestDatabase.AppRole}", freshSchema);
        Assert.DoesNotContain(freshSchema, line => line.StartsWith("privilege AuditEvents DELETE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoNodesStartingTogether_OnAHandWrittenDatabase_AdoptTheBaselineOnce()
    {
        await using var existing = await HandWrittenSchema.CreateAsync();
        await using var first = existing.CreateContext();
        await using var second = existing.CreateContext();

        var outcomes = await Task.WhenAll(PainCareMigrator.MigrateAsync(first), PainCareMigrator.MigrateAsync(second));

        Assert.Single(outcomes, o => o.AdoptedBaseline);
        await using var db = existing.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task DatabaseWithPartOfTheHandWrittenHistory_IsRefused_AndLeftAsItWas()
    {
        await using var partial = await HandWrittenSchema.CreateAsync();
        await using var db = partial.CreateContext();
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261121000030_AuditTrail'""");

        var refused = await Assert.ThrowsAsync<UnknownMigrationHistoryException>(() => PainCareMigrator.MigrateAsync(db));

        Assert.Equal(7, refused.Found);
        Assert.Equal(7, (await db.Database.GetAppliedMigrationsAsync()).Count());
        Assert.DoesNotContain(BaselineAdoption.BaselineId, await db.Database.GetAppliedMigrationsAsync());
    }
}
