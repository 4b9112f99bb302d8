namespace PainCare.Domain.Narratives;

/// <summary>
/// What the clinician did with one reflection prompt on one session: answered it, dismissed it as not relevant (with an
/// optional reason), or pinned it for supervision. One row per session and rule.
/// </summary>
public sealed class ReflectionResponse
{
    public const int MaxAnswerLength = 2_000;
    public const int MaxReasonLength = 500;

    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public required string RuleId { get; set; }

    public required string Category { get; set; }

    /// <summary>The wording the clinician saw, kept because phrasings rotate.</summary>
    public required string PromptText { get; set; }

    public string? Answer { get; set; }

    public bool IsPinned { get; set; }

    public bool IsDismissed { get; set; }

    public string? DismissReason { get; set; }

    public required string AuthorId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
