namespace PainCare.Reflection.Loading;

/// <summary>A rules or lexicon data file is invalid. The message names the file and the 1-based line.</summary>
public sealed class CatalogueFormatException : Exception
{
    public CatalogueFormatException(string file, int line, string problem)
        : base($"{file}, line {line}: {problem}")
    {
        File = file;
        Line = line;
    }

    public CatalogueFormatException()
        : this("(unknown)", 0, "invalid data file")
    {
    }

    public CatalogueFormatException(string message)
        : base(message)
    {
        File = "(unknown)";
    }

    public CatalogueFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown)";
    }

    public string File { get; } = "(unknown)";

    public int Line { get; }
}
