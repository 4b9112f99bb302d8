using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PainCare.Data;
using PainCare.Data.Providers;

namespace PainCare.Benchmarks;

/// <summary>The PostgreSQL side of a benchmark comes from the same variables as the app's database (ADR 0130).</summary>
internal static class DatabaseTarget
{
    public const string Variable = "ConnectionStrings__PainCare";

    public static DatabaseSettings Settings() => DatabaseSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    public static DbContextOptions<PainCareDbContext> Options(DatabaseSettings settings) => PainCareDatabase.Options(settings, commandTimeoutSeconds: 600);
}
