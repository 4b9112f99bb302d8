using Microsoft.Data.Sqlite;
using Npgsql;
using PainCare.Data;
using PainCare.Data.Providers;

namespace PainCare.Testing;

/// <summary>
/// A database of its own for one test (or one fixture), dropped on dispose. On PostgreSQL (the default for the HTTP and
/// browser tests) it is created on the server ./paincare test starts, named by PAINCARE_TEST_ADMIN_CONNECTION, a role
/// allowed to create databases; on SQLite it is a file in a temporary folder of its own (ADR 0130).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnection;

    private TestDatabase(DatabaseProvider provider, string name, string? adminConnection, string connectionString)
    {
        Provider = provider;
        Name = name;
        _adminConnection = adminConnection;
        ConnectionString = connectionString;
        Settings = new DatabaseSettings(provider, connectionString);
    }

    public DatabaseProvider Provider { get; }

    public string Name { get; }

    public string ConnectionString { get; }

    public DatabaseSettings Settings { get; }

    public static string AdminConnection =>
        Environment.GetEnvironmentVariable("PAINCARE_TEST_ADMIN_CONNECTION") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("PAINCARE_TEST_ADMIN_CONNECTION is not set: run the tests with ./paincare test, which starts PostgreSQL.");

    public static async Task<TestDatabase> CreateAsync(bool migrate = true, DatabaseProvider provider = DatabaseProvider.PostgreSql)
    {
        var prefix = Environment.GetEnvironmentVariable("PAINCARE_TEST_DATABASE_PREFIX") is { Length: > 0 } p ? p : "pct_manual";
        var name = $"{prefix}_{Guid.NewGuid():N}";
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("paincare-test-").FullName;
            var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, name + ".db"), Pooling = false }.ConnectionString;
            database = new TestDatabase(provider, name, null, connection);
        }
        else
        {
            var connection = new NpgsqlConnectionStringBuilder(AdminConnection) { Database = name, Pooling = false }.ConnectionString;
            database = new TestDatabase(provider, name, AdminConnection, connection);
            await database.ExecuteAdminAsync($"CREATE DATABASE \"{database.Name}\" ENCODING 'UTF8' TEMPLATE template0");
        }

        if (migrate)
        {
            await using var db = database.CreateContext();
            await PainCareDatabase.MigrateAsync(db);
        }

        return database;
    }

    public PainCareDbContext CreateContext() => new(PainCareDatabase.Options(Settings));

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(ConnectionString).DataSource)!;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Cleanup must not fail a test that passed; the folder is under the temporary directory.
            }

            return;
        }

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
