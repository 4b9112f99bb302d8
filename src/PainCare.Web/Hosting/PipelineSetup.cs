using PainCare.Web.Components;

namespace PainCare.Web.Hosting;

/// <summary>
/// The middleware in its order. The features' own middleware and endpoints come in as two steps from Program.cs, so
/// Hosting does not name Features (ADR 0320) and the order stays in this one place.
/// </summary>
public static class PipelineSetup
{
    public static void UsePainCarePipeline(this WebApplication app, Action<WebApplication> afterRateLimiting, Action<WebApplication> mapEndpoints)
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
        afterRateLimiting(app);
        app.UseMiddleware<QueryValueGuard>();
        app.UseAntiforgery();

        app.MapStaticAssets();
        mapEndpoints(app);
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
    }
}
