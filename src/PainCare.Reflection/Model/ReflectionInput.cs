namespace PainCare.Reflection.Model;

/// <summary>What a clinician recorded about one session: the narrative plus optional structured data.</summary>
/// <param name="Text">The free-text narrative; may be empty.</param>
public sealed record ReflectionInput(string Text)
{
    /// <summary>Stable identifier of the note; with <see cref="Date"/> it picks the prompt phrasing.</summary>
    public string? NoteId { get; init; }

    public DateOnly? Date { get; init; }

    public IReadOnlyList<ObservationKind> Observations { get; init; } = [];

    public IReadOnlyList<AllianceSignal> AllianceSignals { get; init; } = [];

    public Attendance? Attendance { get; init; }
}
