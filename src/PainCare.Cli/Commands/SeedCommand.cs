using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Data.Common;
using PainCare.Data;
using PainCare.Data.Providers;
using PainCare.Data.Seeding.Scale;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare seed --scale N [--seed S]</c>: a synthetic clinic network N times the demo's size, into an empty database
/// (PostgreSQL: binary COPY; SQLite: prepared inserts in one transaction).
/// </summary>
public sealed class SeedCommand : ICliCommand
{
    private const string Usage = "usage: paincare seed --scale N [--seed S]   (target: the configured database, SQLite or PostgreSQL)";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string Name => "seed";

    public string Summary => "Seed a synthetic clinic network N times the demo's size: paincare seed --scale N [--seed S].";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var scale, out var seed))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        var settings = DatabaseTarget.Settings();
        var clock = Stopwatch.StartNew();
        ScaleSeedResult result;
        try
        {
            await using var db = new PainCareDbContext(DatabaseTarget.Options(settings));
            await PainCareDatabase.MigrateAsync(db, cancellationToken);
            var options = new ScaleSeedOptions(ScaleShape.ForScale(scale), seed, DateOnly.FromDateTime(DateTime.UtcNow));
            result = await ScaleClinicSeeder.SeedAsync(db, options, cancellationToken);
        }
        catch (ScaleSeedRefusedException ex)
        {
            await stderr.WriteLineAsync($"paincare seed: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            await stderr.WriteLineAsync($"paincare seed: the database could not be seeded: {ex.GetType().Name}: {OneLine(ex.Message)}");
            return 1;
        }

        await stderr.WriteLineAsync($"paincare seed: the {result.Clinicians} scaled clinician accounts share one random password: {result.SharedPassword}");
        await stdout.WriteLineAsync(JsonSerializer.Serialize(
            new
            {
                scale,
                seed,
                result.Clinicians,
                result.Patients,
                result.Sessions,
                result.Narratives,
                result.Versions,
                result.Ratings,
                Seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            },
            _json));
        return 0;
    }

    private static bool TryParse(IReadOnlyList<string> args, out int scale, out int seed)
    {
        scale = 0;
        seed = 1;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var ok = int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value);
            switch (args[i])
            {
                case "--scale" when ok && value is >= 1 and <= 10_000:
                    scale = value;
                    break;
                case "--seed" when ok:
                    seed = value;
                    break;
                default:
                    return false;
            }
        }

        return scale > 0 && args.Count % 2 == 0;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
