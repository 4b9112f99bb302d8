using Microsoft.EntityFrameworkCore;
using Npgsql;
using PainCare.Data;
using PainCare.Data.PostgreSql;

namespace PainCare.Testing;

/// <summary>
/// A PostgreSQL database of its own for one test (or one fixture), created on the server ./paincare test starts and
/// dropped on dispose. The server is named by PAINCARE_TEST_ADMIN_CONNECTION, a role allowed to create databases; that
/// role owns the tables (<see cref="ConnectionString"/>), and the app connects as <see cref="AppRole"/>, which owns
/// nothing (<see cref="AppConnectionString"/>, ADR 0120).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _adminConnection;

    private TestDatabase(string adminConnection, string name)
    {
        _adminConnection = adminConnection;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnection) { Database = name, Pooling = false }.ConnectionString;
        // ./paincare test gives the app role the admin role's password, so no further setting is needed.
        AppConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Username = AppRole }.ConnectionString;
    }

    /// <summary>The cluster-wide role the tests' apps connect as; ./paincare test creates it.</summary>
    public const string AppRole = "paincare_test_app";

    public string Name { get; }

    /// <summary>The owner's connection: migrations, grants, and tests that arrange or inspect rows.</summary>
    public string ConnectionString { get; }

    /// <summary>The app's role: may read and write rows, only add to and read the append-only tables.</summary>
    public string AppConnectionString { get; }

    public static string AdminConnection =>
        Environment.GetEnvironmentVariable("PAINCARE_TEST_ADMIN_CONNECTION") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("PAINCARE_TEST_ADMIN_CONNECTION is not set: run the tests with ./paincare test, which starts PostgreSQL.");

    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        var database = WithNewName();
        await database.ExecuteAdminAsync($"CREATE DATABASE \"{database.Name}\" ENCODING 'UTF8' TEMPLATE template0");
        if (migrate)
        {
            await using var db = database.CreateContext();
            try
            {
                await PainCareMigrator.MigrateAsync(db, AppRole);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedObject)
            {
                throw new InvalidOperationException($"The test server has no role {AppRole}: run ./paincare test once, which creates it.", ex);
            }
        }

        return database;
    }

    /// <summary>A copy of <paramref name="template"/>, which must have no open connections while it is copied.</summary>
    public static async Task<TestDatabase> CreateFromTemplateAsync(string template)
    {
        var database = WithNewName();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.ExecuteAdminAsync($"CREATE DATABASE \"{database.Name}\" TEMPLATE \"{template}\"");
                return database;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                // The template's last backend can take a moment to exit, and copies made at the same moment wait in turn.
                await Task.Delay(100 * Math.Min(attempt, 5));
            }
        }
    }

    private static TestDatabase WithNewName()
    {
        var prefix = Environment.GetEnvironmentVariable("PAINCARE_TEST_DATABASE_PREFIX") is { Length: > 0 } p ? p : "pct_manual";
        return new TestDatabase(AdminConnection, $"{prefix}_{Guid.NewGuid():N}");
    }

    public PainCareDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<PainCareDbContext>().UsePainCarePostgreSql(ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                // A background worker (autovacuum) can hold the database for a moment.
                await Task.Delay(200 * attempt);
            }
            catch (PostgresException)
            {
                // Cleanup must not fail a test that passed: ./paincare test drops every database of the run when it ends.
                return;
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only database names this class generates reach the SQL.")]
    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
