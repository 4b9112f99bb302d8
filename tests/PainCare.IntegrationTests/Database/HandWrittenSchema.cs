using Npgsql;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Database;

/// <summary>A database as the hand-written migrations (ADR 0005) left it: the state every existing clinic is in.</summary>
internal static class HandWrittenSchema
{
    public static async Task<TestDatabase> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync(migrate: false);
        await using var script = typeof(HandWrittenSchema).Assembly.GetManifestResourceStream("HandWrittenMigrations.sql")!;
        using var reader = new StreamReader(script);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(await reader.ReadToEndAsync(), connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }
}
