namespace PainCare.Web.Features.Audit;

/// <summary>What a caller reports; the trail adds the time, the client's address and user agent.</summary>
public sealed record AuditEntry(string Action, string Outcome, string? UserId, string? EntityType = null, string? EntityId = null)
{
    public static AuditEntry ForPatient(string action, string userId, Guid patientId, bool found) =>
        new(action, found ? AuditOutcomes.Succeeded : AuditOutcomes.NotFound, userId, AuditEntities.Patient, patientId.ToString());

    public static AuditEntry ForSession(string action, string userId, Guid sessionId, bool found) =>
        new(action, found ? AuditOutcomes.Succeeded : AuditOutcomes.NotFound, userId, AuditEntities.Session, sessionId.ToString());
}
