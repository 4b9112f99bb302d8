using System.Security.Claims;
using System.Threading.RateLimiting;

namespace PainCare.Web.Hosting;

/// <summary>
/// Per-minute limits on what an attacker repeats (issue 18, finding 20): sign-in, two-factor and unlock attempts and
/// rating links per client address, exports per signed-in user. Limits come from <c>PainCare:RateLimits</c>; beyond one
/// the app answers 429 with a short page. Lockout still guards each account; this guards the service.
/// </summary>
public static class RateLimits
{
    private static readonly (string Name, string Method, Func<string, bool> Matches, bool PerUser, int Default)[] _rules =
    [
        ("SignInPerMinute", "POST", p => p.Equals("/account/sign-in", StringComparison.OrdinalIgnoreCase), false, 30),
        ("TwoFactorPerMinute", "POST", p => p.Equals("/account/two-factor", StringComparison.OrdinalIgnoreCase), false, 30),
        ("UnlockPerMinute", "POST", p => p.Equals("/handover/locked", StringComparison.OrdinalIgnoreCase), false, 20),
        ("RatingLinkPerMinute", "*", p => p.StartsWith("/rate/", StringComparison.OrdinalIgnoreCase), false, 60),
        ("ExportsPerMinute", "GET", IsExport, true, 30),
    ];

    public static void AddPainCareRateLimits(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("PainCare:RateLimits");
        var limits = _rules.ToDictionary(r => r.Name, r => section.GetValue(r.Name, r.Default), StringComparer.Ordinal);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var path = context.Request.Path.Value ?? "/";
                foreach (var rule in _rules)
                {
                    if ((rule.Method == "*" || HttpMethods.Equals(rule.Method, context.Request.Method)) && rule.Matches(path))
                    {
                        var who = rule.PerUser
                            ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString()
                            : context.Connection.RemoteIpAddress?.ToString();
                        return RateLimitPartition.GetFixedWindowLimiter($"{rule.Name}:{who}", _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = Math.Max(1, limits[rule.Name]),
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        });
                    }
                }

                return RateLimitPartition.GetNoLimiter(string.Empty);
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = "60";
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Too many attempts · PainCare</title></head>"
                    + "<body><main><h1>Too many attempts</h1><p>Please wait a minute, then try again.</p></main></body></html>",
                    cancellationToken);
            };
        });
    }

    /// <summary>The audit export and the alliance exports (<c>/patients/{id}/alliance/NAME.csv|json</c>), by path segment.</summary>
    private static bool IsExport(string path) =>
        path.Equals(EndpointCatalogue.AuditExport, StringComparison.OrdinalIgnoreCase)
        || (path.Split('/') is ["", var patients, _, var alliance, var file]
            && patients.Equals("patients", StringComparison.OrdinalIgnoreCase)
            && alliance.Equals("alliance", StringComparison.OrdinalIgnoreCase)
            && (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)));
}
