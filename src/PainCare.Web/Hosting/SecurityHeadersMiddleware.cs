namespace PainCare.Web.Hosting;

/// <summary>
/// Browser hardening headers on every response; see docs/decisions/0041-security-headers.md. They are written when the
/// response starts, so they win over anything set further in (antiforgery, for instance, sets X-Frame-Options SAMEORIGIN).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // No 'unsafe-inline' or 'unsafe-eval' for scripts: every script is a static file. Inline styles are allowed because
    // MudBlazor renders its theme as a style element and components set style attributes (ADR 0200). 'self' in connect-src covers the circuit's ws:/wss: to this origin.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            var headers = response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            // Every page is rendered per request and may hold clinical data or an antiforgery token, and every export is
            // clinical data: never store either. Only static files set a caching policy of their own, and keep it.
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true || string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
