using Microsoft.AspNetCore.Http.Features;

namespace PainCare.Web.Hosting;

/// <summary>Upper bounds on what a client may send; see docs/decisions/0041-security-headers.md.</summary>
public static class RequestLimits
{
    /// <summary>
    /// 1 MiB. The largest legitimate post is a session form with a 100,000-character narrative: at worst 3 UTF-8 bytes a
    /// character, each percent-encoded to 9 bytes, about 900,000 bytes with the other fields.
    /// </summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>What one SignalR message from a circuit may hold: ASP.NET Core's default, stated so that raising it is a visible decision.</summary>
    public const long MaxCircuitMessageBytes = 32 * 1024;

    public static void AddPainCareRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.Configure<FormOptions>(options =>
        {
            options.ValueLengthLimit = (int)MaxRequestBodyBytes;
            options.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
    }
}
