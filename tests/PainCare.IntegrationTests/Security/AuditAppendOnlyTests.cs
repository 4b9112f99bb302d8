using Npgsql;
using PainCare.Data.Audit;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Security;

/// <summary>The migrated database connects as the same role the app uses (the tests' role owns the tables, as the app's does).</summary>
public sealed class AuditAppendOnlyTests
{
    [Theory]
    [InlineData("UPDATE \"AuditEvents\" SET \"Outcome\" = 'succeeded'")]
    [InlineData("DELETE FROM \"AuditEvents\"")]
    [InlineData("TRUNCATE \"AuditEvents\"")]
    public async Task TheAppsRole_CannotRewriteOrEraseAuditRows(string sql)
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(1L, await CountAsync(database));
    }

    [Theory]
    [InlineData("UPDATE \"AuditEvents\" SET \"Outcome\" = 'succeeded'")]
    [InlineData("DELETE FROM \"AuditEvents\"")]
    [InlineData("TRUNCATE \"AuditEvents\"")]
    public async Task EvenWithItsPrivilegesRegranted_TheTriggersRefuse(string sql)
    {
        await using var database = await TestDatabase.CreateAsync();
        await AppendAsync(database);
        await ExecuteAsync(database, "GRANT UPDATE, DELETE, TRUNCATE ON \"AuditEvents\" TO CURRENT_USER");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(database, sql));

        Assert.Equal("P0001", refused.SqlState);
        Assert.Equal(1L, await CountAsync(database));
    }

    [Fact]
    public async Task PrivilegesRegrantedOrLostInARestore_AreRevokedAgainAtStartUp()
    {
        await using var server = await AppServer.StartAsync();
        await ExecuteAsync(server.Database, "GRANT UPDATE, DELETE, TRUNCATE ON \"AuditEvents\" TO CURRENT_USER");

        await server.RestartAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(server.Database, "DELETE FROM \"AuditEvents\""));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    private static async Task AppendAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        db.AuditEvents.Add(new AuditEvent { Id = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Action = "patient.read", Outcome = "denied" });
        await db.SaveChangesAsync();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only the fixed statements above reach the SQL.")]
    private static async Task<int> ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"AuditEvents\"", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
