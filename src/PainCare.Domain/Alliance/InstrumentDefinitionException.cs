namespace PainCare.Domain.Alliance;

/// <summary>An instrument definition file is invalid. The message names the file and the field: <c>file.json: field: reason</c>.</summary>
public sealed class InstrumentDefinitionException : Exception
{
    public InstrumentDefinitionException()
    {
    }

    public InstrumentDefinitionException(string message)
        : base(message)
    {
    }

    public InstrumentDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InstrumentDefinitionException(string fileName, string field, string reason, Exception? innerException = null)
        : base($"{fileName}: {field}: {reason}", innerException)
    {
        FileName = fileName;
        Field = field;
        Reason = reason;
    }

    public string? FileName { get; }

    public string? Field { get; }

    public string? Reason { get; }
}
