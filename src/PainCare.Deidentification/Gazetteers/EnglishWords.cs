using System.IO.Compression;
using System.Reflection;

namespace PainCare.Deidentification.Gazetteers;

/// <summary>
/// Everyday English vocabulary in lower case (SCOWL; see Data/english-words.NOTICE). A capitalised word outside it,
/// and outside the clinical and common lists, is far more often a name, place or brand than a word that happens to
/// open a sentence; a lower-case word outside it after a place word is most likely a town typed without its capital.
/// </summary>
internal static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> _lazyWords = new(Load);

    /// <summary>True when <paramref name="key"/> (folded, lower case) is an everyday English word.</summary>
    public static bool Contains(string key) => _lazyWords.Value.Contains(key);

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PainCare.Deidentification.Data.english-words.txt.gz")
            ?? throw new InvalidOperationException("Missing embedded word list 'english-words'.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var words = new HashSet<string>(70_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            words.Add(line);
        }

        return words;
    }
}
