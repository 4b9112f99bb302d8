using System.Globalization;

namespace PainCare.Cli.Commands;

/// <summary>Which items of a labelled file to score: all of them, or the odd- or even-numbered ones (by the id's last number).</summary>
public enum EvalSplit
{
    All,
    Odd,
    Even,
}

/// <summary>The arguments of <c>paincare eval</c>. A threshold left out is not checked.</summary>
public sealed record EvalOptions(string File)
{
    public EvalSplit Split { get; init; } = EvalSplit.All;

    public bool Json { get; init; }

    /// <summary>Print figures only, never an item's id or text: for scoring a held-out set without reading it (ADR 0430).</summary>
    public bool CountsOnly { get; init; }

    public double? MinF1 { get; init; }

    public double? MinCategoryF1 { get; init; }

    public double? MinRecall { get; init; }

    public double? MinRecallUnknown { get; init; }

    public double? MinKeep { get; init; }

    public int? MaxKnownLeaks { get; init; }

    /// <summary>Reflection only: also write each item's cue counts and labels as JSONL here (for fitting a scorer).</summary>
    public string? FeaturesOut { get; init; }

    public const string Usage =
        "usage: paincare eval FILE [--ids all|odd|even] [--json] [--counts-only] [--min-f1 X] [--min-category-f1 X] "
        + "[--min-recall X] [--min-recall-unknown X] [--min-keep X] [--max-known-leaks N] [--features-out FILE]";

    /// <summary>Parses the arguments; null with <paramref name="error"/> set when they are not usable.</summary>
    public static EvalOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        string? file = null;
        var options = new EvalOptions(string.Empty);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                if (file is not null)
                {
                    error = $"more than one FILE given ('{file}', '{name}')";
                    return null;
                }

                file = name;
                continue;
            }

            if (name is "--json" or "--counts-only")
            {
                options = name == "--json" ? options with { Json = true } : options with { CountsOnly = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                error = $"'{name}' needs a value";
                return null;
            }

            var value = args[++i];
            options = Apply(options, name, value, out error);
            if (error is not null)
            {
                return null;
            }
        }

        if (file is null)
        {
            error = "no FILE given";
            return null;
        }

        return options with { File = file };
    }

    private static EvalOptions Apply(EvalOptions options, string name, string value, out string? error)
    {
        error = null;
        if (name == "--ids")
        {
            if (Enum.TryParse<EvalSplit>(value, ignoreCase: true, out var split) && Enum.IsDefined(split))
            {
                return options with { Split = split };
            }

            error = $"'--ids' must be all, odd or even, not '{value}'";
            return options;
        }

        if (name == "--features-out")
        {
            return options with { FeaturesOut = value };
        }

        if (name == "--max-known-leaks")
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var leaks))
            {
                return options with { MaxKnownLeaks = leaks };
            }

            error = $"'--max-known-leaks' must be a whole number, not '{value}'";
            return options;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number is < 0 or > 1)
        {
            error = $"'{name}' must be a number from 0 to 1, not '{value}'";
            return options;
        }

        switch (name)
        {
            case "--min-f1":
                return options with { MinF1 = number };
            case "--min-category-f1":
                return options with { MinCategoryF1 = number };
            case "--min-recall":
                return options with { MinRecall = number };
            case "--min-recall-unknown":
                return options with { MinRecallUnknown = number };
            case "--min-keep":
                return options with { MinKeep = number };
            default:
                error = $"unknown option '{name}'";
                return options;
        }
    }
}
