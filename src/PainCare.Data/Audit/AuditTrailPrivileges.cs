namespace PainCare.Data.Audit;

/// <summary>
/// The migrating role gives up changing the audit trail. Since ADR 0120 that is the owner, and the app's own role gets
/// only INSERT and SELECT from the owner's grants; in the single-role set-up the app applies this again when it migrates.
/// </summary>
public static class AuditTrailPrivileges
{
    public const string Revoke = """REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvents" FROM PUBLIC, CURRENT_USER""";
}
