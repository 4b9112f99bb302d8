using System.Diagnostics;

namespace PainCare.Web.Hosting;

/// <summary>
/// One line per request. Logs the matched route pattern, never the raw path or query string, so ids and
/// return URLs stay out of the log, and how many database commands the request sent (see <see cref="QueryCountInterceptor"/>).
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var queries = QueryCountInterceptor.StartRequest();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
            logger.LogInformation(
                "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs:0.0} ms with {Queries} queries",
                context.Request.Method,
                route,
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                queries.Count);
        }
    }
}
