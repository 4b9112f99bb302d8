using System.Globalization;

namespace PainCare.Load;

/// <summary>
/// What one load run does. Circuits are added in steps; each step is held for <see cref="StepSeconds"/> and measured.
/// A soak holds the last step for <see cref="SoakMinutes"/> instead, sampling the server every minute.
/// <see cref="IdleCircuits"/> more clinicians can sit idle on live circuits throughout, so the server holds more circuits
/// than the load generator can drive.
/// </summary>
public sealed record LoadOptions(
    IReadOnlyList<int> Steps,
    int StepSeconds,
    int ThinkSeconds,
    int SoakMinutes,
    int IdleSeconds,
    int Scale,
    int SignInsPerSecond,
    int IdleCircuits,
    bool StopAtKnee)
{
    public const double KneeP95Ms = 500;

    public const string Usage =
        "usage: paincare load [--steps 100,200,300] [--step-seconds 60] [--think-seconds 5] [--soak-minutes M]\n" +
        "                     [--idle-seconds 30] [--idle-circuits K] [--scale N] [--sign-ins-per-second 4] [--past-knee]";

    public int MaxCircuits => Steps[^1];

    public static LoadOptions? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var pastKnee = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--past-knee")
            {
                pastKnee = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                return null;
            }
        }

        var steps = (values.GetValueOrDefault("steps") ?? "300").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .ToList();
        if (steps.Count == 0 || steps.Any(s => s < 1) || steps.Zip(steps.Skip(1)).Any(p => p.Second <= p.First))
        {
            return null;
        }

        int? Number(string name, int fallback, int min) =>
            values.TryGetValue(name, out var text)
                ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min ? n : null
                : fallback;

        var known = new[] { "steps", "step-seconds", "think-seconds", "soak-minutes", "idle-seconds", "idle-circuits", "scale", "sign-ins-per-second" };
        if (values.Keys.Any(k => !known.Contains(k)))
        {
            return null;
        }

        if (Number("idle-circuits", 0, 0) is not { } idleCircuits)
        {
            return null;
        }

        var clinicians = (steps[^1] + idleCircuits + 2) / 3;
        return Number("step-seconds", 60, 10) is { } stepSeconds
            && Number("think-seconds", 5, 1) is { } think
            && Number("soak-minutes", 0, 0) is { } soak
            && Number("idle-seconds", 30, 5) is { } idle
            && Number("scale", Math.Max(1, clinicians), clinicians) is { } scale
            && Number("sign-ins-per-second", 4, 1) is { } signIns
            ? new LoadOptions(steps, stepSeconds, think, soak, idle, scale, signIns, idleCircuits, !pastKnee)
            : null;
    }
}
