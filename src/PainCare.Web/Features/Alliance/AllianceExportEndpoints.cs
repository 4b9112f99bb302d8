using System.Security.Claims;
using PainCare.Data.Identity;
using PainCare.Domain.Ratings;

namespace PainCare.Web.Features.Alliance;

public static class AllianceExportEndpoints
{
    public static void MapAllianceExports(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/patients/{patientId:guid}/alliance").RequireAuthorization(policy => policy.RequireRole(Roles.Clinician));

        group.MapGet("/ratings.csv", async (Guid patientId, string? rater, ClaimsPrincipal user, AllianceExportService exports) =>
            await exports.CsvAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, patientId, rater == "clinician" ? RaterRole.Clinician : RaterRole.Patient) is { } csv
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"alliance-{(rater == "clinician" ? "clinician" : "patient")}-ratings.csv")
                : Results.NotFound());

        group.MapGet("/fhir.json", async (Guid patientId, ClaimsPrincipal user, AllianceExportService exports) =>
            await exports.FhirBundleAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, patientId) is { } bundle
                ? Results.Text(bundle.ToJsonString(), "application/fhir+json; charset=utf-8")
                : Results.NotFound());
    }
}
