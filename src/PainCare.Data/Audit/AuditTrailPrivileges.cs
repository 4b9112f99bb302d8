namespace PainCare.Data.Audit;

/// <summary>
/// The app's role may only add to and read the audit trail. Applied by the migration and again at every start, because
/// a restore (<c>pg_restore --no-privileges</c>) brings the table back with its owner's full privileges.
/// </summary>
public static class AuditTrailPrivileges
{
    public const string Revoke = """REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvents" FROM PUBLIC, CURRENT_USER""";
}
