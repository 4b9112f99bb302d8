using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Database;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_ApplyToAnEmptyDatabase()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();

        var applied = await db.Database.GetAppliedMigrationsAsync();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.NotEmpty(applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Patients.CountAsync());
    }

    /// <summary>
    /// Migrations are written by hand (EF's design-time package is not available here), so this is the guard:
    /// a database built from the migrations must have exactly the catalog of one built from the model.
    /// </summary>
    [Fact]
    public async Task Migrations_ProduceExactlyTheModelsSchema()
    {
        await using var fromMigrations = await TestDatabase.CreateAsync(migrate: true);
        await using var fromModel = await TestDatabase.CreateAsync(migrate: false);
        await using (var db = fromModel.CreateContext())
        {
            // The one place EnsureCreated is right: building the model's own schema to compare against.
            await db.Database.EnsureCreatedAsync();
        }

        var migrated = await SchemaCatalog.ReadAsync(fromMigrations.ConnectionString);
        var modelled = await SchemaCatalog.ReadAsync(fromModel.ConnectionString);

        var onlyInMigrations = migrated.Except(modelled).ToList();
        var onlyInModel = modelled.Except(migrated).ToList();
        Assert.True(
            onlyInMigrations.Count == 0 && onlyInModel.Count == 0,
            $"Schema drift.\nOnly in migrations:\n  {string.Join("\n  ", onlyInMigrations)}\nOnly in model:\n  {string.Join("\n  ", onlyInModel)}");
        Assert.Contains(migrated, line => line.StartsWith("column NarrativeNotes.Text ", StringComparison.Ordinal));
    }
}
