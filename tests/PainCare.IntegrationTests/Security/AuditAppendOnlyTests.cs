using PainCare.Data;
using Npgsql;
using PainCare.Data.Audit;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Security;

/// <summary>
/// The attack of finding 4 (issue 18), as the app's role: it owns nothing (ADR 0120), so it can neither unguard the audit
/// trail nor give itself the privileges back. Behind it, the owner's role still meets the triggers. One database serves
/// every case: each refused statement changes nothing, and the owner's case rolls back.
/// </summary>
[Trait(TestEngine.Trait, "PostgreSql")]
public sealed class AuditAppendOnlyTests(AuditAppendOnlyTests.AuditDatabase fixture) : IClassFixture<AuditAppendOnlyTests.AuditDatabase>
{
    // PostgreSQL's warning privilege_not_granted (Appendix A): a GRANT by a role without grant options grants nothing.
    private const string PrivilegeNotGranted = "01007";

    private readonly TestDatabase _database = fixture.Database;

    [Theory]
    [InlineData("UPDATE \"AuditEvents\" SET \"Outcome\" = 'succeeded'")]
    [InlineData("DELETE FROM \"AuditEvents\"")]
    [InlineData("TRUNCATE \"AuditEvents\"")]
    [InlineData("ALTER TABLE \"AuditEvents\" DISABLE TRIGGER ALL")]
    [InlineData("ALTER TABLE \"AuditEvents\" OWNER TO CURRENT_USER")]
    [InlineData("DROP TABLE \"AuditEvents\"")]
    [InlineData("CREATE TRIGGER \"Quiet\" BEFORE DELETE ON \"AuditEvents\" FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()")]
    public async Task TheAppsRole_CannotRewriteEraseOrUnguardTheAuditTrail(string sql)
    {
        var before = await CountAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(_database.AppConnectionString, sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task TheAppsRole_CannotGrantItselfDelete_SoItsDeleteIsStillRefused()
    {
        await using var connection = new NpgsqlConnection(_database.AppConnectionString);
        var notices = new List<string>();
        connection.Notice += (_, e) => notices.Add(e.Notice.SqlState);
        await connection.OpenAsync();

        await ExecuteAsync(connection, "GRANT DELETE, TRUNCATE ON \"AuditEvents\" TO CURRENT_USER");
        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, "DELETE FROM \"AuditEvents\""));

        Assert.Contains(PrivilegeNotGranted, notices);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.True(await CountAsync() > 0);
    }

    [Fact]
    public async Task TheAppsRole_StillAddsAndReadsAuditRows()
    {
        var before = await CountAsync();

        await AppendAsync(_database.AppConnectionString);

        await using var connection = new NpgsqlConnection(_database.AppConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT count(*) FROM \"AuditEvents\"", connection);
        Assert.Equal(before + 1, (long)(await read.ExecuteScalarAsync())!);
    }

    [Theory]
    [InlineData("UPDATE \"AuditEvents\" SET \"Outcome\" = 'succeeded'")]
    [InlineData("DELETE FROM \"AuditEvents\"")]
    [InlineData("TRUNCATE \"AuditEvents\"")]
    public async Task EvenTheOwnerRegrantingItsPrivileges_MeetsTheTriggers(string sql)
    {
        var before = await CountAsync();
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, "GRANT UPDATE, DELETE, TRUNCATE ON \"AuditEvents\" TO CURRENT_USER");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection, sql));

        Assert.Equal("P0001", refused.SqlState);
        await transaction.RollbackAsync();
        Assert.Equal(before, await CountAsync());
    }

    private static async Task AppendAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO \"AuditEvents\" (\"Id\", \"OccurredAt\", \"Action\", \"Outcome\") VALUES ($1, now(), 'patient.read', 'denied')", connection)
        {
            Parameters = { new() { Value = Guid.NewGuid() } },
        };
        await command.ExecuteNonQueryAsync();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only the fixed statements above reach the SQL.")]
    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, sql);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only the fixed statements above reach the SQL.")]
    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"AuditEvents\"", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A migrated database, with its grants, holding one audit row.</summary>
    public sealed class AuditDatabase : IAsyncLifetime
    {
        private TestDatabase? _database;

        public TestDatabase Database => _database ?? throw new InvalidOperationException("The database is not ready.");

        public async Task InitializeAsync()
        {
            _database = await TestDatabase.CreateAsync(provider: DatabaseProvider.PostgreSql);
            await using var db = _database.CreateContext();
            db.AuditEvents.Add(new AuditEvent { Id = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, Action = "patient.read", Outcome = "denied" });
            await db.SaveChangesAsync();
        }

        public async Task DisposeAsync()
        {
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }
}
