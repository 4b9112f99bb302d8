namespace PainCare.Data.PostgreSql.Migrations;

/// <summary>
/// Keeps the audit trail append-only: row triggers refuse UPDATE and DELETE, a statement trigger refuses TRUNCATE, and
/// the migrating role (the owner, ADR 0120) gives up those privileges. Reuses <c>paincare_refuse_change</c> from
/// <see cref="ClinicalRecordGuards"/>.
/// </summary>
internal static class AuditTrailGuards
{
    public const string Create = """
        CREATE TRIGGER "AuditEvents_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEvents"
            FOR EACH ROW EXECUTE FUNCTION paincare_refuse_change();
        CREATE TRIGGER "AuditEvents_NoTruncate" BEFORE TRUNCATE ON "AuditEvents"
            FOR EACH STATEMENT EXECUTE FUNCTION paincare_refuse_change();
        """ + PainCare.Data.Audit.AuditTrailPrivileges.Revoke + ";";

    public const string Drop = """
        DROP TRIGGER IF EXISTS "AuditEvents_NoTruncate" ON "AuditEvents";
        DROP TRIGGER IF EXISTS "AuditEvents_AppendOnly" ON "AuditEvents";
        """;
}
