using System.Globalization;

namespace PainCare.Cli.Commands.NarrativeBench;

/// <summary>The narrative benchmark's options. The defaults are the narrative issue's size: 2,000 patients, 100,000 sessions, one clinician with ~5,000 notes.</summary>
internal sealed record BenchOptions(int Patients, int Sessions, int FocusNotes, int Iterations, int Seed, bool DatabaseReady, bool ShowSql)
{
    public const string Usage =
        "usage: paincare bench narrative [--patients 2000] [--sessions 100000] [--focus-notes 5000] [--iterations 300] [--seed 1] [--database-ready] [--show-sql]";

    public const int WarmUp = 20;

    /// <summary>The same clinician-to-patient ratio as the demo clinic (3 to 25).</summary>
    public int Clinicians => Math.Max(2, Patients * 3 / 25);

    /// <summary>About one session in 25 is missed and has no note, so the focus caseload is a little larger than its notes.</summary>
    public int FocusSessions => FocusNotes * 26 / 25;

    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions(2_000, 100_000, 5_000, 300, 1, false, false);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--database-ready")
            {
                options = options with { DatabaseReady = true };
                continue;
            }

            if (args[i] == "--show-sql")
            {
                options = options with { ShowSql = true };
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
}
