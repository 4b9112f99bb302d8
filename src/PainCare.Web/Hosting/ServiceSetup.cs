using PainCare.Data.Providers;
using MudBlazor;
using MudBlazor.Services;

namespace PainCare.Web.Hosting;

/// <summary>
/// The host's own services: database, request limits, Blazor and MudBlazor. The clinic's features register themselves
/// (<c>Features/FeatureServices.cs</c>), called from Program.cs, so Hosting does not depend on Features (ADR 0320).
/// </summary>
public static class ServiceSetup
{
    public static void AddPainCareServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // ./paincare runs the app from its build output in Production; this maps package assets (MudBlazor) there too.
        // A published app has no static-web-assets manifest and this is a no-op.
        builder.WebHost.UseStaticWebAssets();

        // Identity's stores get their scoped context from the same options, so their queries are counted too.
        services.AddPainCareDatabase(builder.Configuration, options => options.AddInterceptors(new QueryCountInterceptor()));

        builder.AddPainCareRequestLimits();
        builder.AddPainCareRateLimits();
        builder.AddPainCareForwardedHeaders();
        services.AddRazorComponents()
            .AddInteractiveServerComponents(options => options.DetailedErrors = builder.Environment.IsDevelopment())
            .AddHubOptions(options => options.MaximumReceiveMessageSize = RequestLimits.MaxCircuitMessageBytes);
        services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter;
            options.SnackbarConfiguration.PreventDuplicates = true;
            options.SnackbarConfiguration.VisibleStateDuration = 5000;
        });
    }
}
