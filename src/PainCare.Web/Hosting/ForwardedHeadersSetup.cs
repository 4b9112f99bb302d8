using Microsoft.AspNetCore.HttpOverrides;

namespace PainCare.Web.Hosting;

public static class ForwardedHeadersSetup
{
    public static void AddPainCareForwardedHeaders(this WebApplicationBuilder builder)
    {
        var proxies = KnownProxies.Parse(builder.Configuration[KnownProxies.Setting]);
        builder.Services.AddSingleton(proxies);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework's defaults trust every loopback address; only the configured proxies are trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxies.Addresses)
            {
                options.KnownProxies.Add(address);
            }

            foreach (var network in proxies.Networks)
            {
                options.KnownIPNetworks.Add(network);
            }

            // Walking back through the X-Forwarded-For list stops at the first address that is not a known proxy, so a
            // client's own forged entries are never reached; no limit is needed for chains of known proxies.
            options.ForwardLimit = null;
        });
    }

    /// <summary>First in the pipeline, so the audit trail, request log, cookies and HSTS all see the client's request.</summary>
    public static void UsePainCareForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<KnownProxies>().Any)
        {
            app.UseForwardedHeaders();
        }
    }
}
