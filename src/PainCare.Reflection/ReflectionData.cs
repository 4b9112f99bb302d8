using PainCare.Reflection.Loading;
using PainCare.Reflection.Matching;
using PainCare.Reflection.Rules;

namespace PainCare.Reflection;

/// <summary>The validated lexicon and prompt catalogue. Invalid files throw <see cref="CatalogueFormatException"/>.</summary>
public sealed class ReflectionData
{
    public const string LexiconFile = "lexicon.v1.json";
    public const string CatalogueFile = "catalogue.v1.json";

    private static readonly Lazy<ReflectionData> _embeddedData = new(LoadEmbedded);

    private ReflectionData(Lexicon lexicon, Catalogue catalogue)
    {
        Lexicon = lexicon;
        Catalogue = catalogue;
    }

    /// <summary>The data files shipped inside this assembly.</summary>
    public static ReflectionData Embedded => _embeddedData.Value;

    public int RuleCount => Catalogue.Rules.Count;

    public IReadOnlyList<string> RuleIds => Catalogue.Rules.Select(r => r.Id).ToList();

    public int LexiconGroupCount => Lexicon.Groups.Count;

    internal Lexicon Lexicon { get; }

    internal Catalogue Catalogue { get; }

    /// <summary>Loads data files from disk through the same validation as the embedded ones.</summary>
    public static ReflectionData FromFiles(string lexiconPath, string cataloguePath) =>
        Load(Path.GetFileName(lexiconPath), File.ReadAllBytes(lexiconPath), Path.GetFileName(cataloguePath), File.ReadAllBytes(cataloguePath));

    public static ReflectionData Load(string lexiconName, ReadOnlySpan<byte> lexiconUtf8, string catalogueName, ReadOnlySpan<byte> catalogueUtf8)
    {
        var lexicon = LexiconLoader.Load(lexiconName, lexiconUtf8);
        return new ReflectionData(lexicon, CatalogueLoader.Load(catalogueName, catalogueUtf8, lexicon));
    }

    private static ReflectionData LoadEmbedded() =>
        Load(LexiconFile, ReadResource(LexiconFile), CatalogueFile, ReadResource(CatalogueFile));

    private static byte[] ReadResource(string file)
    {
        var name = $"PainCare.Reflection.Data.{file}";
        using var stream = typeof(ReflectionData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from {ReflectionModule.Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
