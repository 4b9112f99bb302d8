using System.Globalization;
using System.Security.Claims;
using System.Text;
using PainCare.Data.Identity;

namespace PainCare.Web.Features.Audit;

public static class AuditExportEndpoint
{
    public const string Pattern = "/admin/audit/export.csv";

    public static void MapAuditExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Pattern, async (string? user, string? action, string? outcome, DateOnly? from, DateOnly? to, ClaimsPrincipal principal, AuditQueryService query, IAuditTrail audit) =>
            {
                var rows = await query.GetForExportAsync(new AuditFilter(user, action, outcome, from, to));
                await audit.RecordAsync(new AuditEntry(AuditActions.AuditExport, AuditOutcomes.Succeeded, principal.FindFirstValue(ClaimTypes.NameIdentifier), AuditEntities.AuditTrail));
                return Results.File(Encoding.UTF8.GetBytes(ToCsv(rows)), "text/csv; charset=utf-8", "audit-trail.csv");
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));

    public static string ToCsv(IEnumerable<AuditRow> rows)
    {
        var csv = new StringBuilder("occurred_at_utc,user_id,action,entity_type,entity_id,outcome,ip_address,user_agent\n");
        foreach (var row in rows)
        {
            string?[] cells = [row.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), row.UserId, row.Action, row.EntityType, row.EntityId, row.Outcome, row.IpAddress, row.UserAgent];
            csv.AppendJoin(',', cells.Select(Cell)).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Quotes every cell and defuses spreadsheet formulas, since user agents are attacker-chosen.</summary>
    private static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
