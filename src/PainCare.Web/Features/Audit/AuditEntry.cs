namespace PainCare.Web.Features.Audit;

/// <summary>What a caller reports; the trail adds the time, the client's address and user agent.</summary>
public sealed record AuditEntry(string Action, string Outcome, string? UserId, string? EntityType = null, string? EntityId = null)
{
    public static AuditEntry ForPatient(string action, string userId, Guid patientId, bool found) =>
        new(action, found ? AuditOutcomes.Succeeded : AuditOutcomes.NotFound, userId, AuditEntities.Patient, patientId.ToString());

    public static AuditEntry ForSession(string action, string userId, Guid sessionId, bool found) =>
        new(action, found ? AuditOutcomes.Succeeded : AuditOutcomes.NotFound, userId, AuditEntities.Session, sessionId.ToString());

    public static AuditEntry ForVignette(string action, string userId, Guid vignetteId, bool found) =>
        new(action, found ? AuditOutcomes.Succeeded : AuditOutcomes.NotFound, userId, AuditEntities.Vignette, vignetteId.ToString());

    /// <summary>A change: succeeded, or failed (refused, not found, or lost a race).</summary>
    public static AuditEntry ForWrite(string action, string? userId, string entityType, Guid? entityId, bool succeeded) =>
        new(action, succeeded ? AuditOutcomes.Succeeded : AuditOutcomes.Failed, userId, entityType, entityId?.ToString());
}
