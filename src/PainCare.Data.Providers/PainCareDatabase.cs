using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PainCare.Data.PostgreSql;
using PainCare.Data.Search;
using PainCare.Data.Sqlite;

namespace PainCare.Data.Providers;

/// <summary>
/// The one place that knows both engines (ADR 0130): how a context is pointed at the configured one, how it is
/// migrated, and which implementation of each engine-specific seam it uses.
/// </summary>
public static class PainCareDatabase
{
    /// <summary>Registers <see cref="IDbContextFactory{PainCareDbContext}"/> for the configured engine; returns the settings used.</summary>
    public static DatabaseSettings AddPainCareDatabase(this IServiceCollection services, IConfiguration configuration, Action<DbContextOptionsBuilder>? configure = null)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddDbContextFactory<PainCareDbContext>(options =>
        {
            options.UsePainCareDatabase(settings);
            configure?.Invoke(options);
        });
        return settings;
    }

    public static DbContextOptionsBuilder UsePainCareDatabase(this DbContextOptionsBuilder options, DatabaseSettings settings, int? commandTimeoutSeconds = null) =>
        settings.Provider == DatabaseProvider.PostgreSql
            ? options.UsePainCarePostgreSql(settings.ConnectionString, npgsql => npgsql.CommandTimeout(commandTimeoutSeconds))
            : options.UsePainCareSqlite(settings.ConnectionString, commandTimeoutSeconds);

    public static DbContextOptions<PainCareDbContext> Options(DatabaseSettings settings, int? commandTimeoutSeconds = null) =>
        ((DbContextOptionsBuilder<PainCareDbContext>)new DbContextOptionsBuilder<PainCareDbContext>().UsePainCareDatabase(settings, commandTimeoutSeconds)).Options;

    public static DatabaseProvider ProviderOf(PainCareDbContext db) =>
        db.Database.IsSqlite() ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    /// <summary>Brings the database up to date with its engine's migrations.</summary>
    public static async Task<MigrationOutcome> MigrateAsync(PainCareDbContext db, CancellationToken cancellationToken = default)
    {
        if (ProviderOf(db) == DatabaseProvider.Sqlite)
        {
            return new MigrationOutcome(false, await SqliteMigrator.MigrateAsync(db, cancellationToken));
        }

        return await PainCareMigrator.MigrateAsync(db, cancellationToken);
    }

    /// <summary>
    /// Claims a SQLite file for this process until the returned lock is disposed (null on PostgreSQL, which serves many
    /// nodes). Throws <see cref="DatabaseInUseException"/> when another process has it.
    /// </summary>
    public static IDisposable? ClaimForThisProcess(DatabaseSettings settings) =>
        settings.Provider == DatabaseProvider.Sqlite ? SqliteSingleProcess.Acquire(settings.ConnectionString) : null;

    /// <summary>A consistent copy of a SQLite database into a new file (<c>VACUUM INTO</c>); false when the file exists.</summary>
    public static Task<bool> BackupSqliteAsync(DatabaseSettings settings, string target, CancellationToken cancellationToken) =>
        SqliteBackup.WriteAsync(settings.ConnectionString, target, cancellationToken);

    /// <summary>The SQLite file of the settings (for messages), or an empty string for an in-memory database.</summary>
    public static string SqlitePathOf(DatabaseSettings settings) => SqliteFile.PathOf(settings.ConnectionString) ?? string.Empty;

    /// <summary>
    /// Restores a SQLite backup into the configured SQLite path where no database is yet (<see cref="SqliteRestore"/>);
    /// migrations are not applied here: <see cref="MigrateAsync"/> does that next.
    /// </summary>
    public static Task<DatabaseRestoreStatus> RestoreSqliteAsync(DatabaseSettings settings, string backupFile, CancellationToken cancellationToken) =>
        SqliteRestore.RestoreAsync(backupFile, settings.ConnectionString, cancellationToken);

    public static INarrativeSearch SearchFor(PainCareDbContext db) =>
        ProviderOf(db) == DatabaseProvider.Sqlite ? SqliteNarrativeSearch.Instance : PostgreSqlNarrativeSearch.Instance;
}
