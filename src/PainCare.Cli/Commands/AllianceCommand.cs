using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PainCare.Domain.Alliance;

namespace PainCare.Cli.Commands;

/// <summary><c>paincare alliance analyse --input FILE [--instruments DIR] [--rater-gap N]</c>: rupture and risk flags as JSON.</summary>
public sealed class AllianceCommand : ICliCommand
{
    private const string Usage = "usage: paincare alliance analyse --input FILE [--instruments DIR] [--rater-gap N]";

    public string Name => "alliance";

    public string Summary => "Flag alliance ruptures and risks in a series of rated sessions: paincare alliance analyse --input FILE.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] != "analyse" || !TryReadOptions(args, out var options))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        string output;
        try
        {
            output = await AnalyseAsync(options, cancellationToken);
        }
        catch (Exception ex) when (ex is AllianceInputException or InstrumentDefinitionException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"paincare alliance: {OneLine(ex.Message)}");
            return 1;
        }

        await stdout.WriteLineAsync(output);
        return 0;
    }

    private static async Task<string> AnalyseAsync(Dictionary<string, string> options, CancellationToken cancellationToken)
    {
        var catalogue = InstrumentCatalogue.LoadDefaults();
        if (options.TryGetValue("--instruments", out var directory))
        {
            catalogue = catalogue.CombineWith(InstrumentCatalogue.LoadFromDirectory(directory));
        }

        var inputPath = options["--input"];
        var input = AllianceInput.Parse(await File.ReadAllTextAsync(inputPath, cancellationToken), Path.GetFileName(inputPath));
        var pair = catalogue.FindPair(input.Instrument)
            ?? throw new AllianceInputException($"unknown instrument '{input.Instrument}' (known: {string.Join(", ", catalogue.Instruments.Select(i => i.Id))})");

        var flagOptions = new AllianceFlagOptions();
        if (options.TryGetValue("--rater-gap", out var gapText))
        {
            flagOptions = flagOptions with
            {
                RaterGapThreshold = double.TryParse(gapText, NumberStyles.Float, CultureInfo.InvariantCulture, out var gap) && gap >= 0
                    ? gap
                    : throw new AllianceInputException($"--rater-gap: '{gapText}' is not a non-negative number"),
            };
        }

        var analysis = new AllianceFlagger(flagOptions).Analyse(pair.Patient, input.Sessions, pair.Clinician);
        if (analysis.Problems.Count > 0)
        {
            var more = analysis.Problems.Count > 1 ? $" (and {analysis.Problems.Count - 1} more)" : string.Empty;
            throw new AllianceInputException($"{Path.GetFileName(inputPath)}: {analysis.Problems[0].Message}{more}");
        }

        return Serialise(analysis.Flags);
    }

    private static string Serialise(IReadOnlyList<AllianceFlag> flags)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps "->" readable; the output is JSON for tools, never embedded in HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("flags");
            foreach (var flag in flags)
            {
                writer.WriteStartObject();
                writer.WriteNumber("session", flag.Session);
                writer.WriteString("rule", flag.Rule);
                writer.WriteString("severity", flag.Severity == FlagSeverity.Alert ? "alert" : "prompt");
                writer.WriteString("detail", flag.Detail);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static bool TryReadOptions(IReadOnlyList<string> args, out Dictionary<string, string> options)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (args[i] is not ("--input" or "--instruments" or "--rater-gap") || i + 1 >= args.Count || !options.TryAdd(args[i], args[i + 1]))
            {
                return false;
            }
        }

        return options.ContainsKey("--input");
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
