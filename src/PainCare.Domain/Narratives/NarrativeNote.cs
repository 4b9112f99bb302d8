namespace PainCare.Domain.Narratives;

/// <summary>The clinician's narrative of one session: the story, the minute particulars, the safety cues.</summary>
public sealed class NarrativeNote
{
    public const int MaxLength = 100_000;

    /// <summary>
    /// Autosaves by one author less than this apart make one version (ADR 0220): a sitting of writing is one entry in the
    /// history, not one per pause.
    /// </summary>
    public static readonly TimeSpan CoalesceWindow = TimeSpan.FromMinutes(2);

    public const string SignedIsFinal = "This note has been signed off and can no longer be edited. Add an addendum instead.";

    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public required string AuthorId { get; set; }

    public string Text { get; set; } = string.Empty;

    public NoteStatus Status { get; set; } = NoteStatus.Draft;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SignedAt { get; set; }

    public string? SignedById { get; set; }

    /// <summary>Counts saves: 0 before the first. A draft save must name the revision it was based on.</summary>
    public int Revision { get; set; }

    public string? UpdatedById { get; set; }

    public List<NarrativeNoteVersion> Versions { get; set; } = [];

    public List<NoteAddendum> Addenda { get; set; } = [];

    public List<Observation> Observations { get; set; } = [];

    /// <summary>Optimistic concurrency token: the data layer adds one on every save, and a save over a changed value is refused.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// Saves <paramref name="text"/> if the note is a draft still at <paramref name="fromRevision"/>. Every saved text is a
    /// version: a new one in <see cref="Versions"/>, or, for an autosave by the author of <paramref name="newest"/> within
    /// <see cref="CoalesceWindow"/>, that newest version brought up to date. The first version is never replaced.
    /// </summary>
    public DraftSave SaveDraft(string text, int fromRevision, string by, DateTimeOffset at, NarrativeNoteVersion? newest = null, SaveKind kind = SaveKind.Autosave)
    {
        if (NarrativeRules.Check(text) is { } problem)
        {
            return DraftSave.Refused(problem);
        }

        if (Status == NoteStatus.Signed)
        {
            return DraftSave.Refused(SignedIsFinal);
        }

        if (Revision != fromRevision)
        {
            return DraftSave.Conflict;
        }

        if (Text == text && Revision > 0)
        {
            return DraftSave.Saved;
        }

        (Text, UpdatedAt, UpdatedById) = (text, at, by);
        Revision++;
        if (kind == SaveKind.Autosave && newest is not null && Extends(newest, by, at))
        {
            (newest.Text, newest.Revision, newest.SavedAt) = (text, Revision, at);
        }
        else
        {
            Versions.Add(new NarrativeNoteVersion { NoteId = Id, Revision = Revision, Text = text, SavedById = by, SavedAt = at });
        }

        return DraftSave.Saved;
    }

    /// <summary>Signs the note as <paramref name="revision"/> read it, or changes nothing and says why.</summary>
    public SignOffProblem? Sign(string by, DateTimeOffset at, int revision)
    {
        if (Status == NoteStatus.Signed)
        {
            return SignOffProblem.AlreadySigned;
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            return SignOffProblem.Empty;
        }

        if (Revision != revision)
        {
            return SignOffProblem.ChangedSinceSeen;
        }

        (Status, SignedAt, SignedById) = (NoteStatus.Signed, at, by);
        return null;
    }

    /// <summary>A signed note is final: corrections and later additions are addenda. A draft is edited instead.</summary>
    public bool TakesAddenda => Status == NoteStatus.Signed;

    private bool Extends(NarrativeNoteVersion newest, string by, DateTimeOffset at) =>
        newest.NoteId == Id && newest.Revision == Revision - 1 && newest.Revision > 1 && newest.SavedById == by
        && at >= newest.SavedAt && at - newest.SavedAt < CoalesceWindow;
}
