using PainCare.Web.Components;
using PainCare.Web.Features.Account;

namespace PainCare.Web.Hosting;

public static class PipelineSetup
{
    public static void UsePainCarePipeline(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapBlazorScriptFallback();
        app.MapSignOutEndpoint();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
    }
}
