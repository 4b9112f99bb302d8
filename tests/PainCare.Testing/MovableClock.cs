namespace PainCare.Testing;

/// <summary>The system clock moved on by <see cref="Shift"/>: for rules that depend on how long ago something happened.</summary>
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;

    /// <summary>Moves the clock on by more than <paramref name="window"/>.</summary>
    public void Pass(TimeSpan window) => Shift += window + TimeSpan.FromSeconds(1);
}
