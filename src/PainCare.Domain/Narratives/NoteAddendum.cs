namespace PainCare.Domain.Narratives;

/// <summary>A correction or later addition to a signed note, with its author and time. Append-only.</summary>
public sealed class NoteAddendum
{
    public const int MaxLength = 20_000;

    /// <summary>How soon an identical addendum from the same author counts as the same one posted twice.</summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromSeconds(30);

    public Guid Id { get; set; }

    public Guid NoteId { get; set; }

    public required string AuthorId { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Words, within the limit, without control or reordering characters.</summary>
    public static bool IsWritable(string text) => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxLength && NarrativeRules.Check(text) is null;

    /// <summary>
    /// The same words from the same author moments after their last addendum are that addendum posted twice (a double
    /// click, a resent form): it is answered as added, and nothing is added.
    /// </summary>
    public static bool Repeats(NoteAddendum? authorsLast, string text, DateTimeOffset at) =>
        authorsLast is not null && authorsLast.Text == text.Trim() && at - authorsLast.CreatedAt < RepeatWindow;
}
