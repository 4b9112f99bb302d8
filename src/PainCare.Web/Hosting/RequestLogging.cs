using Microsoft.AspNetCore.Routing.Patterns;
using Serilog;
using Serilog.Events;

namespace PainCare.Web.Hosting;

/// <summary>
/// One line per request through Serilog's request logging. It names the matched route pattern, never the raw path or
/// query string, so ids and return URLs stay out of the log, and how many database commands the request sent (see
/// <see cref="QueryCountInterceptor"/>). Tests and the load tool read this line: keep its shape.
/// </summary>
public static class RequestLogging
{
    public const string MessageTemplate =
        "HTTP {RequestMethod} {Route} responded {StatusCode} in {Elapsed:0.0} ms with {Queries} queries";

    public static void UsePainCareRequestLogging(this WebApplication app)
    {
        // Counting starts outside Serilog's middleware, so the counter is in scope for everything the request awaits and
        // still readable when the line is written.
        app.Use(async (context, next) =>
        {
            context.Features.Set(QueryCountInterceptor.StartRequest());
            await next(context);
        });
        app.UseSerilogRequestLogging(options =>
        {
            // Without a logger of its own the middleware writes to the static Log, which PainCare never configures.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = MessageTemplate;
            options.GetMessageTemplateProperties = Properties;
        });
    }

    private static IEnumerable<LogEventProperty> Properties(HttpContext context, string path, double elapsedMs, int statusCode) =>
    [
        new("RequestMethod", new ScalarValue(context.Request.Method)),
        new("Route", new ScalarValue(RouteOf(context))),
        new("StatusCode", new ScalarValue(statusCode)),
        new("Elapsed", new ScalarValue(elapsedMs)),
        new("Queries", new ScalarValue(context.Features.Get<RequestQueryCount>()?.Count ?? 0)),
    ];

    /// <summary>
    /// The endpoint's route pattern, always with a leading slash: static-asset endpoints (such as
    /// <c>_framework/blazor.web.js</c>) are registered without one, pages and minimal APIs with one.
    /// </summary>
    public static string RouteOf(HttpContext context) =>
        (context.GetEndpoint() as RouteEndpoint)?.RoutePattern is { } pattern ? WithLeadingSlash(pattern) : "(no endpoint)";

    private static string WithLeadingSlash(RoutePattern pattern) =>
        pattern.RawText is { } raw ? (raw.StartsWith('/') ? raw : "/" + raw) : "(unnamed route)";
}
