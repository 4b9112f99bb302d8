namespace PainCare.Web.Features.Handover;

/// <summary>
/// While a device is handed to a patient, its sign-in session is confined to the rating and lock screens until the
/// clinician unlocks it with their password. Held on the server against the session (see ServerSessions), never in a
/// cookie the browser could drop. Carries no patient data: the session's id, and the scale points answered so far, so
/// Back, reload or a lost connection never loses an answer (ADR 0210).
/// </summary>
public sealed record HandoverLock(Guid SessionId, bool ShowFirstName, bool OneItemPerStep, bool Rated, int FailedUnlocks = 0)
{
    public string Screen => Rated ? "/handover/locked" : "/handover/rate";

    /// <summary>The answers given so far, by item (null: not yet answered).</summary>
    public IReadOnlyList<int?> Answers { get; init; } = [];

    /// <summary>A random id for this hand-over, naming the copy of the choices the browser keeps in its tab.</summary>
    public Guid FormId { get; init; } = Guid.NewGuid();

    /// <summary>This lock with the posted answers laid over the ones held (a posted blank never clears a held answer).</summary>
    public HandoverLock WithAnswers(IReadOnlyList<int?> posted, int count) => this with
    {
        Answers = [.. Enumerable.Range(0, count).Select(i => posted.ElementAtOrDefault(i) ?? Answers.ElementAtOrDefault(i))],
    };
}
