using PainCare.Deidentification;
using PainCare.Domain.Vignettes;

namespace PainCare.Web.Features.Vignettes;

public sealed record SourceSession(Guid SessionId, DateTimeOffset StartsAt, string Opening);

public sealed record ComposeModel(Guid PatientId, string PatientName, IReadOnlyList<SourceSession> Sessions);

public sealed record ComposeResult(Guid? VignetteId, string? Problem)
{
    /// <summary>Set when the title or the drafted text is over its limit: nothing was saved or cut.</summary>
    public TextRefusal? Refusal { get; init; }
}

/// <summary>What the author sees while preparing a vignette: the draft, what was changed (with originals), and what to review.</summary>
public sealed record AuthorView(
    Guid Id, string Title, string Text, VignetteStatus Status, string SourceText, IReadOnlyList<Replacement> Replacements, IReadOnlyList<ReviewItem> Review)
{
    /// <summary>The supervisor who returned it for changes, to whom it goes back; null unless returned.</summary>
    public SupervisorOption? ReturnedBy { get; init; }

    public bool IsWithAuthor => Status is VignetteStatus.Draft or VignetteStatus.Returned;
}

public sealed record SubmitResult(bool Submitted, IReadOnlyList<string> Problems, IReadOnlyList<string> Leaks)
{
    /// <summary>Every detail the final scan found that is not yet replaced or kept with a reason.</summary>
    public IReadOnlyList<FlaggedDetail> Flagged { get; init; } = [];

    /// <summary>Details the author kept, with reasons; recorded on submission.</summary>
    public IReadOnlyList<KeptDetail> Kept { get; init; } = [];
}

/// <summary>One detail the final scan found, shown in place. A detail the patient record holds can only be replaced.</summary>
public sealed record FlaggedDetail(string Text, string Category, string InContext, string Suggestion, bool IsKnown);

/// <summary>A detail the author chose to keep, and why.</summary>
public sealed record KeptDetail(string Text, string Category, string Reason, DateTimeOffset KeptAt);

public sealed record SupervisorOption(string Id, string Name);

/// <summary><paramref name="Unread"/>: messages from the other side since this reader last opened the thread.</summary>
public sealed record VignetteSummary(Guid Id, string Title, VignetteStatus Status, DateTimeOffset? SubmittedAt, string OtherPartyName, int Comments, int Unread);

/// <summary>Whose vignette list is shown: the clinician who wrote them, or the supervisor they were sent to.</summary>
public enum VignetteListOwner
{
    Author,
    Supervisor,
}

/// <summary><paramref name="IsNew"/>: from the other side, after this reader last opened the thread.</summary>
public sealed record CommentView(string AuthorName, string Text, DateTimeOffset CreatedAt, bool IsNew = false);

public sealed record ThreadView(Guid Id, string Title, string Text, VignetteStatus Status, bool IsSupervisor, string AuthorName, IReadOnlyList<CommentView> Comments);

/// <summary><paramref name="Substituted"/>: substitutes the final check placed later, so it does not flag them again.</summary>
public sealed record DeidentificationReport(
    IReadOnlyList<Replacement> Replacements, IReadOnlyList<ReviewItem> Review, IReadOnlyList<KeptDetail>? Kept = null, IReadOnlyList<string>? Substituted = null);
