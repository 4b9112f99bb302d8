using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace PainCare.Data.PostgreSql;

/// <summary>The one way to point a <see cref="PainCareDbContext"/> at PostgreSQL: with this assembly's migrations.</summary>
public static class PostgreSqlSetup
{
    public static DbContextOptionsBuilder UsePainCarePostgreSql(
        this DbContextOptionsBuilder options, string? connectionString, Action<NpgsqlDbContextOptionsBuilder>? configure = null) =>
        options.UseNpgsql(connectionString, npgsql =>
        {
            npgsql.MigrationsAssembly(typeof(PostgreSqlSetup).Assembly.GetName().Name);
            configure?.Invoke(npgsql);
        });

    public static DbContextOptionsBuilder<PainCareDbContext> UsePainCarePostgreSql(
        this DbContextOptionsBuilder<PainCareDbContext> options, string? connectionString, Action<NpgsqlDbContextOptionsBuilder>? configure = null) =>
        (DbContextOptionsBuilder<PainCareDbContext>)((DbContextOptionsBuilder)options).UsePainCarePostgreSql(connectionString, configure);
}
