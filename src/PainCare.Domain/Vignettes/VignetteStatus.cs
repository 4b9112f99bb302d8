namespace PainCare.Domain.Vignettes;

public enum VignetteStatus
{
    Draft = 0,
    Submitted = 1,
    InDiscussion = 2,
    Closed = 3,

    /// <summary>The supervisor handed it back for changes: the author edits and resubmits; the thread stays.</summary>
    Returned = 4,
}
