namespace PainCare.Domain.Vignettes;

/// <summary>When one reader (the author or the supervisor) last opened a vignette's thread: messages after it are new to them.</summary>
public sealed class VignetteReading
{
    public Guid VignetteId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
