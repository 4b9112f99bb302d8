using System.Globalization;
using System.Security.Claims;
using System.Text;
using CsvHelper;
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

    /// <summary>Every cell quoted and spreadsheet formulas defused, since user agents are attacker-chosen.</summary>
    private static readonly CsvWriterOptions _options = CsvWriterOptions.Default with
    {
        Quoting = CsvQuoting.Always,
        Injection = CsvInjection.Escape,
        NewLine = "\n",
    };

    public static string ToCsv(IEnumerable<AuditRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, _options))
        {
            csv.WriteHeader(["occurred_at_utc", "user_id", "action", "entity_type", "entity_id", "outcome", "ip_address", "user_agent"]);
            foreach (var row in rows)
            {
                csv.WriteRecord([row.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), row.UserId, row.Action, row.EntityType, row.EntityId, row.Outcome, row.IpAddress, row.UserAgent]);
            }
        }

        return text.ToString();
    }
}
