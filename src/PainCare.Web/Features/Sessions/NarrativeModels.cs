using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Sessions;

public sealed record SessionPageModel(
    Guid SessionId,
    Guid PatientId,
    string PatientName,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    Attendance Attendance,
    int? PainBefore,
    int? PainAfter,
    NoteView Note);

public sealed record NoteView(
    string Text,
    NoteStatus Status,
    int Revision,
    DateTimeOffset? UpdatedAt,
    DateTimeOffset? SignedAt,
    string? SignedByName,
    IReadOnlyList<AddendumView> Addenda,
    IReadOnlyList<ObservationView> Observations);

public sealed record AddendumView(Guid Id, string Text, string AuthorName, DateTimeOffset CreatedAt);

public sealed record ObservationView(Guid Id, ObservationKind Kind, string? Aspect, string Detail, string? Antecedent, string? SourceText, int? SourceStart);

/// <summary>What became of a draft save. Sent to the editor's script, hence the plain status string.</summary>
public sealed record DraftSaveResult(string Status, int Revision, DateTimeOffset? SavedAt, string? Message, string? ServerText)
{
    /// <summary>When it was saved, in the clinic's time zone, for the editor's status line.</summary>
    public string? SavedLabel { get; init; }

    public static DraftSaveResult Saved(int revision, DateTimeOffset savedAt) => new("saved", revision, savedAt, null, null);

    public static DraftSaveResult Conflict(int serverRevision, string serverText) =>
        new("conflict", serverRevision, null, "This narrative was changed elsewhere since you opened it.", serverText);

    public static DraftSaveResult Refused(string message) => new("refused", 0, null, message, null);

    public static DraftSaveResult NotFound() => new("not-found", 0, null, "This session is not available.", null);
}

public sealed record SignOffResult(bool Succeeded, string? Message);
