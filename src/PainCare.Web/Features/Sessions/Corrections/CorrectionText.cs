using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Sessions.Corrections;

/// <summary>The clinic-English words for each typed outcome of a correction, deletion or restore.</summary>
public static class CorrectionText
{
    public const string Conflict = "This session was changed in another window since you opened this form. Nothing was saved: close the form and open it again to see the current details.";

    public static string Describe(SessionCorrectionRefusal refusal) => refusal switch
    {
        SessionCorrectionRefusal.NoteSigned => "The note has been signed off, so the session's details are final. Add an addendum to correct them.",
        SessionCorrectionRefusal.PainWithoutAttendance => PainScore.WithoutAttendance,
        SessionCorrectionRefusal.NarrativeWithoutAttendance =>
            "This session has a narrative, so it cannot be marked as cancelled or not attended. Clear the narrative first, or keep it as attended.",
        SessionCorrectionRefusal.DurationOutOfRange => "Duration must be between 5 and 240 minutes.",
        _ => "Pain scores must be whole numbers from 0 to 10 (for example 6, not 6.5).",
    };

    public static string Describe(SessionDeletionRefusal refusal) => refusal switch
    {
        SessionDeletionRefusal.NoteSigned => "This session cannot be deleted: its note has been signed off.",
        SessionDeletionRefusal.NarrativeSaved => "This session cannot be deleted: a narrative has been saved for it, and saved narratives are kept in the record.",
        SessionDeletionRefusal.HasObservations => "This session cannot be deleted: it has observations.",
        SessionDeletionRefusal.HasRatings => "This session cannot be deleted: it has alliance ratings.",
        SessionDeletionRefusal.HasReflectionAnswers => "This session cannot be deleted: it has reflection answers.",
        SessionDeletionRefusal.HasRatingLinks => "This session cannot be deleted: a link to rate it has been made.",
        _ => "This session cannot be deleted: a supervision vignette was built from it.",
    };

    public static string Describe(RestoreOutcome outcome, int revision) => outcome switch
    {
        RestoreOutcome.Restored => $"Version {revision} restored into the draft as a new version.",
        RestoreOutcome.AlreadyCurrent => "The draft already holds this text. Nothing was changed.",
        RestoreOutcome.Signed => "The note has been signed off and can no longer be changed. Add an addendum instead.",
        RestoreOutcome.ChangedSinceSeen => "The draft was saved again since this page was opened. Nothing was changed: reload the history and choose again.",
        _ => "This version cannot be restored: its text no longer meets the narrative rules. Nothing was changed.",
    };
}
