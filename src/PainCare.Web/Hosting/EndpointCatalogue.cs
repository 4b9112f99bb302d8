using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace PainCare.Web.Hosting;

/// <summary>
/// Every route the app serves besides static files: the routable components found by reflection, and the minimal-API
/// endpoints, whose mapping code takes its patterns from here. The access-matrix test walks this list, so a new page or
/// endpoint cannot ship without an authorisation rule.
/// </summary>
public static class EndpointCatalogue
{
    public const string SignOut = "/account/sign-out";
    public const string AllianceRatingsCsv = "/patients/{patientId:guid}/alliance/ratings.csv";
    public const string AllianceFhir = "/patients/{patientId:guid}/alliance/fhir.json";
    public const string AuditExport = "/admin/audit/export.csv";
    public const string BlazorScript = "/_framework/blazor.web.js";

    public static IReadOnlyList<CatalogueEndpoint> Endpoints { get; } =
    [
        new("POST", SignOut),
        new("GET", AllianceRatingsCsv),
        new("GET", AllianceFhir),
        new("GET", AuditExport),
        new("GET", BlazorScript),
    ];

    public static IReadOnlyList<CatalogueEndpoint> Pages { get; } = typeof(EndpointCatalogue).Assembly.GetTypes()
        .Where(type => typeof(IComponent).IsAssignableFrom(type))
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
        .Select(route => new CatalogueEndpoint("GET", route.Template))
        .OrderBy(route => route.Pattern, StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<CatalogueEndpoint> All => Pages.Concat(Endpoints);
}

public sealed record CatalogueEndpoint(string Method, string Pattern);
