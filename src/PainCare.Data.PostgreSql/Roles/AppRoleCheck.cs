using Microsoft.EntityFrameworkCore;

namespace PainCare.Data.PostgreSql.Roles;

/// <summary>Something the app's role could do that would let it rewrite or erase the audit trail.</summary>
public enum AppRoleRisk
{
    IsSuperuser,
    OwnsTheAuditTrail,
    OwnsTheSchema,
    MayUpdateTheAuditTrail,
    MayDeleteFromTheAuditTrail,
    MayTruncateTheAuditTrail,
    MayAddTriggersToTheAuditTrail,
}

/// <summary>The app's role and what it could do to the audit trail; safe when there is nothing.</summary>
public sealed record AppRoleReport(string Role, IReadOnlyList<AppRoleRisk> Risks)
{
    public bool IsSafe => Risks.Count == 0;
}

/// <summary>
/// The start-up check of ADR 0120: asks the server, on the app's own connection, whether its role owns
/// <c>AuditEvents</c> (directly or through a role it belongs to), owns the schema (a schema's owner may drop its tables)
/// or holds a privilege that could change or empty it.
/// </summary>
public static class AppRoleCheck
{
    private const string Query = """
        SELECT current_user::text AS "Role",
               r.rolsuper AS "IsSuperuser",
               pg_has_role(current_user, c.relowner, 'MEMBER') AS "OwnsTheAuditTrail",
               pg_has_role(current_user, n.nspowner, 'MEMBER') AS "OwnsTheSchema",
               has_table_privilege(c.oid, 'UPDATE') AS "MayUpdate",
               has_table_privilege(c.oid, 'DELETE') AS "MayDelete",
               has_table_privilege(c.oid, 'TRUNCATE') AS "MayTruncate",
               has_table_privilege(c.oid, 'TRIGGER') AS "MayAddTriggers"
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_roles r ON r.rolname = current_user
        WHERE c.oid = to_regclass('"AuditEvents"')
        """;

    public static async Task<AppRoleReport> InspectAsync(PainCareDbContext appDb, CancellationToken cancellationToken = default)
    {
        var row = await appDb.Database.SqlQueryRaw<PrivilegeRow>(Query).SingleAsync(cancellationToken);
        var risks = new List<AppRoleRisk>();
        Add(row.IsSuperuser, AppRoleRisk.IsSuperuser);
        Add(row.OwnsTheAuditTrail, AppRoleRisk.OwnsTheAuditTrail);
        Add(row.OwnsTheSchema, AppRoleRisk.OwnsTheSchema);
        Add(row.MayUpdate, AppRoleRisk.MayUpdateTheAuditTrail);
        Add(row.MayDelete, AppRoleRisk.MayDeleteFromTheAuditTrail);
        Add(row.MayTruncate, AppRoleRisk.MayTruncateTheAuditTrail);
        Add(row.MayAddTriggers, AppRoleRisk.MayAddTriggersToTheAuditTrail);
        return new AppRoleReport(row.Role, risks);

        void Add(bool holds, AppRoleRisk risk)
        {
            if (holds)
            {
                risks.Add(risk);
            }
        }
    }

    private sealed record PrivilegeRow(
        string Role, bool IsSuperuser, bool OwnsTheAuditTrail, bool OwnsTheSchema, bool MayUpdate, bool MayDelete, bool MayTruncate, bool MayAddTriggers);
}
