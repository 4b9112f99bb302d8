using System.Security.Claims;
using PainCare.Data.Identity;
using PainCare.Domain.Ratings;
using PainCare.Web.Hosting;

namespace PainCare.Web.Features.Alliance;

/// <summary>The export routes; <see cref="AllianceExportService"/> records each export in the audit trail.</summary>
public static class AllianceExportEndpoints
{
    public static void MapAllianceExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(EndpointCatalogue.AllianceRatingsCsv, async (Guid patientId, string? rater, ClaimsPrincipal user, AllianceExportService exports) =>
            {
                var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
                var csv = await exports.CsvAsync(userId, patientId, rater == "clinician" ? RaterRole.Clinician : RaterRole.Patient);
                return csv is null
                    ? Results.NotFound()
                    : Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"alliance-{(rater == "clinician" ? "clinician" : "patient")}-ratings.csv");
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Clinician));

        endpoints.MapGet(EndpointCatalogue.AllianceFhir, async (Guid patientId, ClaimsPrincipal user, AllianceExportService exports) =>
            {
                var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
                var bundle = await exports.FhirBundleAsync(userId, patientId);
                return bundle is null ? Results.NotFound() : Results.Text(bundle, "application/fhir+json; charset=utf-8");
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Clinician));
    }
}
