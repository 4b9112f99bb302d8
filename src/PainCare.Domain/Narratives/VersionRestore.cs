namespace PainCare.Domain.Narratives;

/// <summary>What <see cref="VersionRestore.Restore"/> decided.</summary>
public enum RestoreOutcome
{
    /// <summary>The earlier text is the draft again, saved as a new version at a new revision.</summary>
    Restored,

    /// <summary>The draft already holds that text: nothing was saved.</summary>
    AlreadyCurrent,

    /// <summary>The note has been signed off: it is final, and corrections are addenda.</summary>
    Signed,

    /// <summary>The note was saved again since the clinician looked at the history: nothing was saved.</summary>
    ChangedSinceSeen,

    /// <summary>The text no longer meets the narrative rules (for example a limit lowered since): nothing was saved.</summary>
    Refused,
}

/// <summary>Bringing an earlier version back into a draft (ADR 0290): always forwards, never by rewriting the history.</summary>
public static class VersionRestore
{
    /// <summary>
    /// Saves <paramref name="earlier"/>'s text as the note's next revision if the note is a draft still at
    /// <paramref name="seenRevision"/> (the revision the history page showed). An editor open elsewhere holds the old
    /// revision, so its next save is the ordinary conflict, and neither text is lost.
    /// </summary>
    public static RestoreOutcome Restore(this NarrativeNote note, NarrativeNoteVersion earlier, int seenRevision, string by, DateTimeOffset at)
    {
        if (note.Status == NoteStatus.Signed)
        {
            return RestoreOutcome.Signed;
        }

        if (note.Revision != seenRevision)
        {
            return RestoreOutcome.ChangedSinceSeen;
        }

        if (note.Text == earlier.Text)
        {
            return RestoreOutcome.AlreadyCurrent;
        }

        return note.SaveDraft(earlier.Text, seenRevision, by, at, kind: SaveKind.Restore).Status switch
        {
            SaveStatus.Saved => RestoreOutcome.Restored,
            SaveStatus.Conflict => RestoreOutcome.ChangedSinceSeen,
            _ => RestoreOutcome.Refused,
        };
    }
}
