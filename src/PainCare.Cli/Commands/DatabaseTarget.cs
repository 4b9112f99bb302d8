using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Data.PostgreSql;

namespace PainCare.Cli.Commands;

/// <summary>The database a verb works on, named by <c>ConnectionStrings__PainCare</c> as for the web app.</summary>
internal static class DatabaseTarget
{
    public const string Variable = "ConnectionStrings__PainCare";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static DbContextOptions<PainCareDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<PainCareDbContext>()
            .UsePainCarePostgreSql(connectionString, npgsql => npgsql.CommandTimeout(600))
            .Options;
}
