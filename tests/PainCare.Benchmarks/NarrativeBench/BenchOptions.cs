using System.Globalization;
using PainCare.Data;

namespace PainCare.Benchmarks.NarrativeBench;

/// <summary>The narrative benchmark's options. The defaults are the narrative issue's size: 2,000 patients, 100,000 sessions, one clinician with ~5,000 notes.</summary>
internal sealed record BenchOptions(
    int Patients, int Sessions, int FocusNotes, int Iterations, int Seed, bool DatabaseReady, bool ShowSql, IReadOnlyList<DatabaseProvider> Providers, string? SqliteFile)
{
    public const string Usage =
        "usage: paincare bench narrative [--provider sqlite|postgresql|both] [--sqlite-file PATH] [--patients 2000] [--sessions 100000] [--focus-notes 5000] [--iterations 300] [--seed 1] [--database-ready] [--show-sql]";

    public const int WarmUp = 20;

    /// <summary>The same clinician-to-patient ratio as the demo clinic (3 to 25).</summary>
    public int Clinicians => Math.Max(2, Patients * 3 / 25);

    /// <summary>About one session in 25 is missed and has no note, so the focus caseload is a little larger than its notes.</summary>
    public int FocusSessions => FocusNotes * 26 / 25;

    /// <summary>The SQLite side's file: named, or one in the temporary folder per clinic shape, so <c>--database-ready</c> finds it again.</summary>
    public string SqlitePath => SqliteFile ?? Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"paincare-bench-{Patients}-{Sessions}-{FocusNotes}-{Seed}.db"));

    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions(2_000, 100_000, 5_000, 300, 1, false, false, [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql], null);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--database-ready":
                    options = options with { DatabaseReady = true };
                    continue;
                case "--show-sql":
                    options = options with { ShowSql = true };
                    continue;
                case "--provider" when i + 1 < args.Count && ProvidersNamed(args[i + 1]) is { } providers:
                    options = options with { Providers = providers };
                    i++;
                    continue;
                case "--sqlite-file" when i + 1 < args.Count && args[i + 1].Length > 0:
                    options = options with { SqliteFile = Path.GetFullPath(args[i + 1]) };
                    i++;
                    continue;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                return null;
            }

            options = args[i] switch
            {
                "--patients" => options with { Patients = value },
                "--sessions" => options with { Sessions = value },
                "--focus-notes" => options with { FocusNotes = value },
                "--iterations" => options with { Iterations = value },
                "--seed" => options with { Seed = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }

            i++;
        }

        return options;
    }

    /// <summary>The engines named by <c>--provider</c>, SQLite first; null for anything else.</summary>
    public static IReadOnlyList<DatabaseProvider>? ProvidersNamed(string value) => value.ToLowerInvariant() switch
    {
        "sqlite" => [DatabaseProvider.Sqlite],
        "postgresql" or "postgres" => [DatabaseProvider.PostgreSql],
        "both" => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql],
        _ => null,
    };
}
