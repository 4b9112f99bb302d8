namespace PainCare.Domain.Vignettes;

/// <summary>
/// An anonymised case for supervision. It holds no reference to a patient, session or note: nothing a supervisor reads
/// can lead back to the record. The author's provenance is kept apart in <see cref="VignetteSource"/>.
/// Its life is a state machine: Draft (the author edits) → Submitted (to one supervisor) → InDiscussion (the supervisor
/// has replied or opened it) ⇄ Closed. The author may withdraw it to Draft before the supervisor has taken it up; the
/// supervisor may return it for changes (Returned: the author edits again, the thread stays) until it is resubmitted.
/// </summary>
public sealed class Vignette
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 50_000;

    public Guid Id { get; set; }

    public required string AuthorId { get; set; }

    public string? SupervisorId { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public VignetteStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public List<VignetteComment> Comments { get; set; } = [];

    /// <summary>Optimistic concurrency token: the data layer adds one on every save, and a save over a changed value is refused.</summary>
    public uint Version { get; set; }

    /// <summary>A draft, or a vignette the supervisor returned for changes: the author's to edit and submit.</summary>
    public bool IsWithAuthor => Status is VignetteStatus.Draft or VignetteStatus.Returned;

    /// <summary>The author's edit; a submitted vignette is what the supervisor read and stays as it was.</summary>
    public VignetteRefusal? Edit(string title, string text, DateTimeOffset at)
    {
        if (!IsWithAuthor)
        {
            return VignetteRefusal.NotADraft;
        }

        (Title, Text, UpdatedAt) = (title, text, at);
        return null;
    }

    /// <summary>Sends the draft to one supervisor. The final scan for identifiers is the caller's to pass first.</summary>
    public VignetteRefusal? Submit(string supervisorId, DateTimeOffset at)
    {
        if (!IsWithAuthor)
        {
            return VignetteRefusal.NotADraft;
        }

        // A returned vignette goes back to the supervisor who asked for the changes: the thread is theirs.
        if (Status == VignetteStatus.Returned && supervisorId != SupervisorId)
        {
            return VignetteRefusal.NotTheSupervisor;
        }

        (SupervisorId, Status, SubmittedAt, UpdatedAt) = (supervisorId, VignetteStatus.Submitted, at, at);
        return null;
    }

    /// <summary>A message in the thread: refused once closed; the supervisor's first reply opens the discussion.</summary>
    public VignetteRefusal? TakeComment(string by, DateTimeOffset at)
    {
        if (Status == VignetteStatus.Closed)
        {
            return VignetteRefusal.Closed;
        }

        if (Status == VignetteStatus.Draft)
        {
            return VignetteRefusal.NotSubmitted;
        }

        if (Status == VignetteStatus.Submitted && by == SupervisorId)
        {
            Status = VignetteStatus.InDiscussion;
        }

        UpdatedAt = at;
        return null;
    }

    /// <summary>The supervisor's step: into discussion, or closed (and reopened into discussion).</summary>
    public VignetteRefusal? MoveTo(VignetteStatus status, string by, DateTimeOffset at)
    {
        if (status is not (VignetteStatus.InDiscussion or VignetteStatus.Closed))
        {
            return VignetteRefusal.NotASupervisorStep;
        }

        if (IsWithAuthor)
        {
            return VignetteRefusal.NotSubmitted;
        }

        if (by != SupervisorId)
        {
            return VignetteRefusal.NotTheSupervisor;
        }

        (Status, UpdatedAt) = (status, at);
        return null;
    }

    /// <summary>The author takes a submission back before the supervisor has opened a discussion on it.</summary>
    public VignetteRefusal? Withdraw(string by, DateTimeOffset at)
    {
        if (by != AuthorId)
        {
            return VignetteRefusal.NotTheAuthor;
        }

        if (Status != VignetteStatus.Submitted)
        {
            return VignetteRefusal.AlreadyTakenUp;
        }

        (SupervisorId, Status, SubmittedAt, UpdatedAt) = (null, VignetteStatus.Draft, null, at);
        return null;
    }

    /// <summary>The supervisor hands the vignette back for the author to change and resubmit; the thread is kept.</summary>
    public VignetteRefusal? ReturnForChanges(string by, DateTimeOffset at)
    {
        if (by != SupervisorId)
        {
            return VignetteRefusal.NotTheSupervisor;
        }

        if (Status is not (VignetteStatus.Submitted or VignetteStatus.InDiscussion))
        {
            return Status == VignetteStatus.Closed ? VignetteRefusal.Closed : VignetteRefusal.NotSubmitted;
        }

        (Status, UpdatedAt) = (VignetteStatus.Returned, at);
        return null;
    }

    /// <summary>Closes the discussion.</summary>
    public VignetteRefusal? Close(string by, DateTimeOffset at) => MoveTo(VignetteStatus.Closed, by, at);
}
