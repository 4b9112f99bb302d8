namespace PainCare.Domain.Narratives;

/// <summary>
/// The fixed set of outcomes of a narrative save. The editor's script receives the same four, as codes (saved, conflict,
/// refused, not-found), so C# and JavaScript never compare free strings.
/// </summary>
public enum SaveStatus
{
    /// <summary>The text is the note's latest saved version.</summary>
    Saved,

    /// <summary>Another save got in first: nothing was written, and the saved text comes back for the clinician to choose.</summary>
    Conflict,

    /// <summary>The note or the text may not be saved (signed, too long, a hidden character): nothing was written.</summary>
    Refused,

    /// <summary>The session is not on this clinician's caseload, or does not exist.</summary>
    NotFound,
}

/// <summary>How a save came about: only autosaves coalesce into the version before them.</summary>
public enum SaveKind
{
    Autosave,

    /// <summary>The clinician's choice after a conflict: always a version of its own, so the text it replaced stays in the history.</summary>
    ConflictResolution,

    /// <summary>An earlier version brought back from the history: a version of its own, so nothing in the history is rewritten.</summary>
    Restore,
}

/// <summary>What <see cref="NarrativeNote.SaveDraft"/> decided. <see cref="Problem"/> is set when refused.</summary>
public sealed record DraftSave(SaveStatus Status, string? Problem = null)
{
    public static DraftSave Saved { get; } = new(SaveStatus.Saved);

    public static DraftSave Conflict { get; } = new(SaveStatus.Conflict);

    public static DraftSave Refused(string problem) => new(SaveStatus.Refused, problem);
}

/// <summary>Why a note could not be signed off.</summary>
public enum SignOffProblem
{
    NothingWritten,
    AlreadySigned,

    /// <summary>An empty narrative cannot be signed: there is nothing to stand behind.</summary>
    Empty,

    /// <summary>The text changed since the clinician last saw it: they must sign what they read.</summary>
    ChangedSinceSeen,
}
