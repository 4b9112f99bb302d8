namespace PainCare.Domain.Alliance;

/// <summary>
/// A validated set of instrument definitions, keyed by id. Defaults ship as embedded JSON; a clinic adds or
/// replaces definitions (e.g. licensed wording under the same id) by loading a directory and combining.
/// </summary>
public sealed class InstrumentCatalogue
{
    private const string ResourcePrefix = "PainCare.Domain.Alliance.Instruments.";

    /// <summary>PainCare's own session check-in (its own wording, ready on day one): the default alliance form.</summary>
    public const string CheckInId = "paincare-checkin";

    private readonly Dictionary<string, InstrumentDefinition> _byId;
    private readonly Dictionary<string, string> _fileById;

    private InstrumentCatalogue(Dictionary<string, InstrumentDefinition> byId, Dictionary<string, string> fileById)
    {
        _byId = byId;
        _fileById = fileById;
        CheckCounterparts();
    }

    /// <summary>Definitions in id order.</summary>
    public IReadOnlyList<InstrumentDefinition> Instruments => [.. _byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The definitions shipped inside this assembly.</summary>
    public static InstrumentCatalogue LoadDefaults() => FromFiles(DefaultFiles());

    /// <summary>
    /// The shipped definitions plus a clinic's folder, validated together: a clinic file replaces the shipped definition
    /// with the same id (to set a cut-off, say) and may pair with a shipped counterpart.
    /// </summary>
    public static InstrumentCatalogue LoadDefaultsWithDirectory(string path)
    {
        var clinic = DirectoryFiles(path);
        var replaced = clinic.Select(f => InstrumentJsonReader.Parse(f.Json, f.FileName).Id).ToHashSet(StringComparer.Ordinal);
        var shipped = DefaultFiles().Where(f => !replaced.Contains(InstrumentJsonReader.Parse(f.Json, f.FileName).Id));
        return FromFiles(shipped.Concat(clinic));
    }

    private static List<(string FileName, string Json)> DefaultFiles()
    {
        var assembly = typeof(InstrumentCatalogue).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (n[ResourcePrefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }

    /// <summary>Every <c>*.json</c> file in <paramref name="path"/> (not subdirectories).</summary>
    public static InstrumentCatalogue LoadFromDirectory(string path) => FromFiles(DirectoryFiles(path));

    private static List<(string FileName, string Json)> DirectoryFiles(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new InstrumentDefinitionException(path, "(directory)", "directory not found");
        }

        return Directory.EnumerateFiles(path, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
    }

    /// <summary>Definitions from (file name, JSON text) pairs; a repeated id is an error.</summary>
    public static InstrumentCatalogue FromFiles(IEnumerable<(string FileName, string Json)> files) =>
        FromDefinitions(files.Select(f => (f.FileName, InstrumentJsonReader.Parse(f.Json, f.FileName))));

    /// <summary>Definitions already read, each with the file (or import) it came from; a repeated id is an error.</summary>
    public static InstrumentCatalogue FromDefinitions(IEnumerable<(string FileName, InstrumentDefinition Definition)> definitions)
    {
        var byId = new Dictionary<string, InstrumentDefinition>(StringComparer.Ordinal);
        var fileById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fileName, definition) in definitions)
        {
            if (fileById.TryGetValue(definition.Id, out var earlier))
            {
                throw new InstrumentDefinitionException(fileName, "id", $"'{definition.Id}' is already defined in {earlier}");
            }

            byId[definition.Id] = definition;
            fileById[definition.Id] = fileName;
        }

        return new InstrumentCatalogue(byId, fileById);
    }

    /// <summary>This catalogue with <paramref name="overrides"/> added; a definition there replaces one here with the same id.</summary>
    public InstrumentCatalogue CombineWith(InstrumentCatalogue overrides)
    {
        var byId = new Dictionary<string, InstrumentDefinition>(_byId, StringComparer.Ordinal);
        var fileById = new Dictionary<string, string>(_fileById, StringComparer.Ordinal);
        foreach (var (id, definition) in overrides._byId)
        {
            byId[id] = definition;
            fileById[id] = overrides._fileById[id];
        }

        return new InstrumentCatalogue(byId, fileById);
    }

    public InstrumentDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The patient-rated and (if any) clinician-rated versions for an id naming either version.
    /// Null when the id is unknown or neither version is patient-rated.
    /// </summary>
    public (InstrumentDefinition Patient, InstrumentDefinition? Clinician)? FindPair(string id)
    {
        if (Find(id) is not { } named)
        {
            return null;
        }

        var other = named.Counterpart is { } counterpart ? Find(counterpart) : null;
        return named.Rater == InstrumentRater.Patient
            ? (named, other)
            : other is { Rater: InstrumentRater.Patient } ? (other, named) : null;
    }

    private void CheckCounterparts()
    {
        foreach (var (id, definition) in _byId)
        {
            if (definition.Counterpart is not { } counterpartId)
            {
                continue;
            }

            var file = _fileById[id];
            if (Find(counterpartId) is not { } counterpart)
            {
                throw new InstrumentDefinitionException(file, "counterpart", $"no instrument with id '{counterpartId}' is loaded");
            }

            if (counterpart.Rater == definition.Rater)
            {
                throw new InstrumentDefinitionException(file, "counterpart", $"'{counterpartId}' has the same rater; a counterpart is the other rater's version");
            }

            if (counterpart.ScaleMin != definition.ScaleMin || counterpart.ScaleMax != definition.ScaleMax
                || counterpart.Scoring != definition.Scoring || counterpart.Items.Count != definition.Items.Count)
            {
                throw new InstrumentDefinitionException(file, "counterpart", $"'{counterpartId}' must share the item count, scale and scoring rule so totals can be compared");
            }
        }
    }
}
