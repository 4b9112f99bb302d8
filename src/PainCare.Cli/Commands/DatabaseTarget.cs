using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PainCare.Data;
using PainCare.Data.Providers;

namespace PainCare.Cli.Commands;

/// <summary>
/// The database a verb works on, chosen as for the web app (ADR 0130): <c>ConnectionStrings__PainCare</c> and
/// <c>PainCare__Database__Provider</c>, else the machine's SQLite file.
/// </summary>
internal static class DatabaseTarget
{
    public const string Variable = "ConnectionStrings__PainCare";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static DatabaseSettings Settings() => DatabaseSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    public static DbContextOptions<PainCareDbContext> Options(DatabaseSettings settings) => PainCareDatabase.Options(settings, commandTimeoutSeconds: 600);

    /// <summary>The PostgreSQL target of the PostgreSQL-only verbs (bench), named by the connection string.</summary>
    public static DbContextOptions<PainCareDbContext> Options(string connectionString) =>
        Options(new DatabaseSettings(DatabaseProvider.PostgreSql, connectionString));
}
