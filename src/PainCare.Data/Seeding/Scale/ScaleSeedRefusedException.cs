namespace PainCare.Data.Seeding.Scale;

/// <summary>The target database already holds patients: a scaled clinic is only ever seeded into an empty one.</summary>
public sealed class ScaleSeedRefusedException : Exception
{
    public ScaleSeedRefusedException()
    {
    }

    public ScaleSeedRefusedException(string message)
        : base(message)
    {
    }

    public ScaleSeedRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
