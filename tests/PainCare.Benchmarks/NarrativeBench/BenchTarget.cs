using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PainCare.Data;
using PainCare.Data.Providers;

namespace PainCare.Benchmarks.NarrativeBench;

/// <summary>
/// One engine a benchmark runs on: EF options for the services, and plain ADO.NET connections of the same provider
/// for the direct-SQL side, found through EF so the benchmark names no driver type.
/// </summary>
internal sealed class BenchTarget(DatabaseSettings settings)
{
    private DbProviderFactory? _connections;

    public DatabaseProvider Provider => settings.Provider;

    public string Label => Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    public DbContextOptions<PainCareDbContext> Options(params IInterceptor[] interceptors) =>
        new DbContextOptionsBuilder<PainCareDbContext>(DatabaseTarget.Options(settings)).AddInterceptors(interceptors).Options;

    /// <summary>Creates the PostgreSQL database when it is missing and applies the engine's migrations.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            await BenchDatabase.EnsureExistsAsync(settings.ConnectionString, cancellationToken);
        }

        await using var db = new PainCareDbContext(Options());
        await PainCareDatabase.MigrateAsync(db, cancellationToken);
        _connections = DbProviderFactories.GetFactory(db.Database.GetDbConnection());
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = (_connections ?? throw new InvalidOperationException("PrepareAsync first.")).CreateConnection()!;
        connection.ConnectionString = settings.ConnectionString;
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Every statement is a constant of the benchmark; values go in as parameters.")]
    public DbCommand Command(DbConnection connection, string sql, params object[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = Stored(values[i]);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>A value as EF stores it on this engine: on SQLite, GUIDs as upper-case text and instants as UTC ticks (ADR 0130).</summary>
    private object Stored(object value) => (Provider, value) switch
    {
        (DatabaseProvider.Sqlite, Guid guid) => guid.ToString().ToUpperInvariant(),
        (DatabaseProvider.Sqlite, DateTimeOffset instant) => instant.UtcTicks,
        (_, uint version) => (long)version,
        _ => value,
    };
}
