using System.Text;

namespace PainCare.Web.Features.Audit;

/// <summary>
/// The key behind patient references on the audit page: PainCare:AuditReferenceKey when a clinic sets one (it should, so
/// references cannot be recomputed from a patient id alone), otherwise a fixed application key (ADR 0300).
/// </summary>
public sealed class AuditReferenceKey(IConfiguration configuration)
{
    public byte[] Value { get; } = Encoding.UTF8.GetBytes(configuration["PainCare:AuditReferenceKey"] is { Length: > 0 } key ? key : "PainCare audit reference");

    public string For(string? entityType, string? entityId) => entityType switch
    {
        null => "–",
        AuditEntities.Patient when entityId is not null => $"Patient {AuditWords.PatientReference(entityId, Value)}",
        AuditEntities.Session when entityId is not null => $"Session {ShortId(entityId)}",
        AuditEntities.User => "User account",
        AuditEntities.Vignette when entityId is not null => $"Vignette {ShortId(entityId)}",
        AuditEntities.Route => "A page",
        AuditEntities.AuditTrail => "The audit trail",
        _ => entityType,
    };

    private static string ShortId(string id) => id.Length > 8 ? id[..8] : id;
}
