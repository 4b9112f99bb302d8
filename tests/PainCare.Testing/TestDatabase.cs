using Microsoft.Data.Sqlite;
using Npgsql;
using PainCare.Data;
using PainCare.Data.PostgreSql;
using PainCare.Data.Providers;

namespace PainCare.Testing;

/// <summary>
/// A database of its own for one test (or one fixture), dropped on dispose. The engine is the one named, else <see cref="TestEngine.Current"/>.
/// On PostgreSQL it is created on the server ./paincare test starts, named by PAINCARE_TEST_ADMIN_CONNECTION, a role
/// allowed to create databases; that role owns the tables (<see cref="ConnectionString"/>), and the app connects as
/// <see cref="AppRole"/>, which owns nothing (<see cref="AppConnectionString"/>, ADR 0120). On SQLite it is a file in a
/// temporary folder of its own, and both strings name it (ADR 0130).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The cluster-wide role the tests' apps connect as on PostgreSQL; ./paincare test creates it.</summary>
    public const string AppRole = "paincare_test_app";

    private readonly string? _adminConnection;

    private TestDatabase(DatabaseProvider provider, string name, string? adminConnection, string connectionString)
    {
        Provider = provider;
        Name = name;
        _adminConnection = adminConnection;
        ConnectionString = connectionString;
        // ./paincare test gives the app role the admin role's password, so no further setting is needed. The app pools
        // its connections as it does in a clinic: unpooled, every query forked a backend and ran a SCRAM exchange, which
        // took most of the PostgreSQL pass's CPU. The pool goes with the process, so nothing holds a dropped database.
        AppConnectionString = provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnectionStringBuilder(connectionString) { Username = AppRole, Pooling = true }.ConnectionString
            : new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ConnectionString;
        Settings = new DatabaseSettings(provider, connectionString);
    }

    public DatabaseProvider Provider { get; }

    public string Name { get; }

    /// <summary>The owner's connection: migrations, grants, and tests that arrange or inspect rows.</summary>
    public string ConnectionString { get; }

    /// <summary>The app's role: may read and write rows, only add to and read the append-only tables.</summary>
    public string AppConnectionString { get; }

    public DatabaseSettings Settings { get; }

    public static string AdminConnection =>
        Environment.GetEnvironmentVariable("PAINCARE_TEST_ADMIN_CONNECTION") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("PAINCARE_TEST_ADMIN_CONNECTION is not set: run the tests with ./paincare test, which starts PostgreSQL.");

    public static async Task<TestDatabase> CreateAsync(bool migrate = true, DatabaseProvider? provider = null)
    {
        var engine = provider ?? TestEngine.Current;
        var database = engine == DatabaseProvider.Sqlite ? OnSqlite(NewName()) : OnPostgreSql(NewName());
        if (engine == DatabaseProvider.PostgreSql)
        {
            await database.ExecuteAdminAsync($"CREATE DATABASE \"{database.Name}\" ENCODING 'UTF8' TEMPLATE template0");
        }

        if (migrate)
        {
            await using var db = database.CreateContext();
            try
            {
                await (engine == DatabaseProvider.PostgreSql ? PainCareMigrator.MigrateAsync(db, AppRole) : PainCareDatabase.MigrateAsync(db));
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedObject)
            {
                throw new InvalidOperationException($"The test server has no role {AppRole}: run ./paincare test once, which creates it.", ex);
            }
        }

        return database;
    }

    /// <summary>A copy of <paramref name="template"/>, which must have no open connections while it is copied.</summary>
    public static async Task<TestDatabase> CreateFromTemplateAsync(TestDatabase template)
    {
        if (template.Provider == DatabaseProvider.Sqlite)
        {
            var copy = OnSqlite(NewName());
            File.Copy(template.SqlitePath, copy.SqlitePath);
            return copy;
        }

        var database = OnPostgreSql(NewName());
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.ExecuteAdminAsync($"CREATE DATABASE \"{database.Name}\" TEMPLATE \"{template.Name}\"");
                return database;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                // The template's last backend can take a moment to exit, and copies made at the same moment wait in turn.
                await Task.Delay(100 * Math.Min(attempt, 5));
            }
        }
    }

    /// <summary>
    /// Makes a SQLite file whole in itself: a killed app leaves committed pages in the write-ahead log, and a copy of the
    /// main file alone would lack them. A no-op on PostgreSQL.
    /// </summary>
    public async Task CheckpointAsync()
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            NpgsqlConnection.ClearAllPools();
            return;
        }

        await using (var connection = new SqliteConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
    }

    private string SqlitePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    private static string NewName()
    {
        var prefix = Environment.GetEnvironmentVariable("PAINCARE_TEST_DATABASE_PREFIX") is { Length: > 0 } p ? p : "pct_manual";
        return $"{prefix}_{Guid.NewGuid():N}";
    }

    private static TestDatabase OnSqlite(string name)
    {
        var folder = Directory.CreateTempSubdirectory("paincare-test-").FullName;
        return new(DatabaseProvider.Sqlite, name, null,
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, name + ".db"), Pooling = false }.ConnectionString);
    }

    private static TestDatabase OnPostgreSql(string name) =>
        new(DatabaseProvider.PostgreSql, name, AdminConnection,
            new NpgsqlConnectionStringBuilder(AdminConnection) { Database = name, Pooling = false }.ConnectionString);

    public PainCareDbContext CreateContext() => new(PainCareDatabase.Options(Settings));

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var folder = Path.GetDirectoryName(SqlitePath)!;
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
