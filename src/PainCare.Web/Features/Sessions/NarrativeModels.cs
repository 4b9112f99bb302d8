using System.Text.Json;
using System.Text.Json.Serialization;
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

/// <summary>What became of a draft save. Sent to the editor's script, which receives <see cref="Status"/> as one of four codes.</summary>
public sealed record DraftSaveResult([property: JsonConverter(typeof(SaveStatusCodes))] SaveStatus Status, int Revision, DateTimeOffset? SavedAt, string? Message, string? ServerText)
{
    public const string WriteRefused =
        "The narrative could not be saved: the database refused the change. Your text is kept on this device; try again, and tell your administrator if this keeps happening.";

    /// <summary>When it was saved, in the clinic's time zone, for the editor's status line.</summary>
    public string? SavedLabel { get; init; }

    public static DraftSaveResult Saved(int revision, DateTimeOffset savedAt) => new(SaveStatus.Saved, revision, savedAt, null, null);

    public static DraftSaveResult Conflict(int serverRevision, string serverText) =>
        new(SaveStatus.Conflict, serverRevision, null, "This narrative was changed elsewhere since you opened it.", serverText);

    public static DraftSaveResult Refused(string message) => new(SaveStatus.Refused, 0, null, message, null);

    public static DraftSaveResult NotFound() => new(SaveStatus.NotFound, 0, null, "This session is not available.", null);
}

/// <summary>The codes the editor's script compares against (narrative-editor.js, <c>SaveStatus</c>): saved, conflict, refused, not-found.</summary>
public sealed class SaveStatusCodes() : JsonStringEnumConverter<SaveStatus>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
{
}

public sealed record SignOffResult(bool Succeeded, string? Message)
{
    public static SignOffResult Done { get; } = new(true, null);

    public static SignOffResult Refused(SignOffProblem problem) => new(false, problem switch
    {
        SignOffProblem.NothingWritten => "There is no narrative to sign off yet.",
        SignOffProblem.AlreadySigned => "This note is already signed off.",
        SignOffProblem.Empty => "An empty narrative cannot be signed off. Write what happened in the session first.",
        _ => "The narrative changed since it was last saved here. Check the latest text, then sign off.",
    });
}
