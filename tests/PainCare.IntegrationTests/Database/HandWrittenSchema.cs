using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using PainCare.Data;
using PainCare.Data.PostgreSql;
using PainCare.Domain.Ratings;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Database;

/// <summary>A database as the hand-written migrations (ADR 0005) left it: the state every existing clinic is in.</summary>
internal static class HandWrittenSchema
{
    public static async Task<TestDatabase> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync(migrate: false, DatabaseProvider.PostgreSql);
        await using var script = typeof(HandWrittenSchema).Assembly.GetManifestResourceStream("HandWrittenMigrations.sql")!;
        using var reader = new StreamReader(script);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(await reader.ReadToEndAsync(), connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>
    /// A context for the schema as it was, before the concurrency <c>Version</c> column (ADR 0130), so the demo clinic can
    /// be seeded into it as an existing clinic's rows were.
    /// </summary>
    public static PainCareDbContext CreateLegacyContext(TestDatabase database) =>
        new(new DbContextOptionsBuilder<PainCareDbContext>()
            .UsePainCarePostgreSql(database.ConnectionString)
            .ReplaceService<IModelCustomizer, WithoutVersionColumns>()
            .Options);

    private sealed class WithoutVersionColumns(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.FindDeclaredProperty(ConcurrencyVersions.PropertyName) is not null).ToList())
            {
                modelBuilder.Entity(entity.ClrType).Ignore(ConcurrencyVersions.PropertyName);
            }

            // The hand-written schema still has the ratings' stored total (dropped by RatingTotalDropped, ADR 0320).
            modelBuilder.Entity<AllianceRating>().Property<decimal>("Total").HasPrecision(7, 2);
        }
    }
}
