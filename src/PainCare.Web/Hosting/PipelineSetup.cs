using PainCare.Web.Components;
using PainCare.Web.Features.Account;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Hosting;

public static class PipelineSetup
{
    public static void UsePainCarePipeline(this WebApplication app)
    {
        app.UsePainCareForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UsePainCareRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        // Inside the exception handler, outside the status-code pages: its 413 is final.
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseStatusCodePagesWithReExecute("/not-found");
        // Dates and numbers follow the reader's browser language; British English when it names none we support.
        string[] cultures = ["en-GB", "en-AU", "en-NZ", "en-IE", "en-CA", "en-US"];
        app.UseRequestLocalization(options => options
            .SetDefaultCulture(cultures[0])
            .AddSupportedCultures(cultures)
            .AddSupportedUICultures(cultures));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<SessionPolicyMiddleware>();
        app.UseMiddleware<QueryValueGuard>();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapSignOutEndpoint();
        app.MapAllianceExports();
        app.MapAuditExport();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
    }
}
