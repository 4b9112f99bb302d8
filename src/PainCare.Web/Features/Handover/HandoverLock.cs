namespace PainCare.Web.Features.Handover;

/// <summary>
/// While a device is handed to a patient, its sign-in session is confined to the rating and lock screens until the
/// clinician unlocks it with their password. Held on the server against the session (see ServerSessions), never in a
/// cookie the browser could drop. Carries no patient data: the session's id only.
/// </summary>
public sealed record HandoverLock(Guid SessionId, bool ShowFirstName, bool OneItemPerStep, bool Rated, int FailedUnlocks = 0)
{
    public string Screen => Rated ? "/handover/locked" : "/handover/rate";
}
