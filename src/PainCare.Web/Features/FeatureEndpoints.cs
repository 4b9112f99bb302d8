using PainCare.Web.Features.Account;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features;

/// <summary>The features' middleware and endpoints, which Program.cs hands to the host's pipeline at their places.</summary>
public static class FeatureEndpoints
{
    /// <summary>After authentication, authorisation and rate limiting: the idle and hand-over rules of a signed-in session (ADR 0110).</summary>
    public static void UseClinicSessionPolicy(this WebApplication app) => app.UseMiddleware<SessionPolicyMiddleware>();

    /// <summary>After the static assets, before the Razor components.</summary>
    public static void MapClinicFeatureEndpoints(this WebApplication app)
    {
        app.MapSignOutEndpoint();
        app.MapAllianceExports();
        app.MapAuditExport();
    }
}
