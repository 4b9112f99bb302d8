namespace PainCare.Web.Hosting;

/// <summary>
/// Serves <c>_framework/blazor.web.js</c> when the build extracted the ASP.NET Core 9.0.22 copy because the
/// package feed lacks the official .NET 10 one. See docs/decisions/0003-blazor-script-fallback.md.
/// </summary>
public static class BlazorScriptFallback
{
    public static void MapBlazorScriptFallback(this WebApplication app)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "BlazorScriptFallback", "blazor.web.js");
        if (!File.Exists(script))
        {
            app.Logger.LogInformation("Serving the official .NET 10 blazor.web.js");
            return;
        }

        app.Logger.LogWarning("Serving blazor.web.js from ASP.NET Core 9.0.22: this machine's package feed lacks Microsoft.AspNetCore.App.Internal.Assets");
        app.MapGet(EndpointCatalogue.BlazorScript, () => Results.File(script, "text/javascript"))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
