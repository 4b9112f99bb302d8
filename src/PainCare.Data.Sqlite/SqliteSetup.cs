using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PainCare.Data.Sqlite;

/// <summary>
/// The one way to point a <see cref="PainCareDbContext"/> at a SQLite file: this assembly's migrations, the SQLite
/// adaptations of the model (<see cref="SqliteModelCustomizer"/>) and the connection pragmas (<see cref="SqlitePragmas"/>).
/// </summary>
public static class SqliteSetup
{
    public static DbContextOptionsBuilder UsePainCareSqlite(this DbContextOptionsBuilder options, string connectionString, int? commandTimeoutSeconds = null) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteSetup).Assembly.GetName().Name).CommandTimeout(commandTimeoutSeconds))
            .ReplaceService<IModelCustomizer, SqliteModelCustomizer>()
            .AddInterceptors(SqlitePragmas.Instance);

    public static DbContextOptionsBuilder<PainCareDbContext> UsePainCareSqlite(this DbContextOptionsBuilder<PainCareDbContext> options, string connectionString) =>
        (DbContextOptionsBuilder<PainCareDbContext>)((DbContextOptionsBuilder)options).UsePainCareSqlite(connectionString);

}
