using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PainCare.Data;

namespace PainCare.Cli.Commands;

/// <summary>
/// Applies pending migrations to the database named by <c>ConnectionStrings__PainCare</c>. <c>./paincare restore</c> runs
/// it so an older backup is brought up to date. On success prints one JSON line, <c>{"applied":[...]}</c>.
/// </summary>
public sealed class MigrateCommand : ICliCommand
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string Name => "migrate";

    public string Summary => "Apply pending database migrations to ConnectionStrings__PainCare.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await stderr.WriteLineAsync("usage: paincare migrate   (the database is named by ConnectionStrings__PainCare)");
            return 2;
        }

        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__PainCare");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await stderr.WriteLineAsync("paincare migrate: set ConnectionStrings__PainCare to the database to migrate.");
            return 2;
        }

        try
        {
            await using var db = new PainCareDbContext(new DbContextOptionsBuilder<PainCareDbContext>().UseNpgsql(connectionString).Options);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(new MigrationReport(pending), _json));
            return 0;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            // Npgsql's messages carry no connection password and no row data (error details are off by default).
            await stderr.WriteLineAsync($"paincare migrate: the database could not be migrated: {ex.Message}");
            return 1;
        }
    }

    private sealed record MigrationReport(IReadOnlyList<string> Applied);
}
