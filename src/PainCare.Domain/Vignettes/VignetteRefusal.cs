namespace PainCare.Domain.Vignettes;

/// <summary>Why a vignette refused a change of state.</summary>
public enum VignetteRefusal
{
    /// <summary>Only a draft can be edited or submitted: what the supervisor read must not change under them.</summary>
    NotADraft,

    /// <summary>A draft has no thread and no supervisor yet.</summary>
    NotSubmitted,

    /// <summary>A closed discussion takes no more messages.</summary>
    Closed,

    /// <summary>Only the supervisor it was sent to moves a submitted vignette between discussion and closed.</summary>
    NotTheSupervisor,

    /// <summary>Only the author withdraws a submission.</summary>
    NotTheAuthor,

    /// <summary>The supervisor has opened a discussion on it: it can no longer be withdrawn, only discussed or returned.</summary>
    AlreadyTakenUp,

    /// <summary>Supervisors move a vignette only into discussion or to closed; never back to draft or submitted.</summary>
    NotASupervisorStep,
}
