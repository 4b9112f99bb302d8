using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PainCare.Web.Hosting;

/// <summary>The number of database commands sent on behalf of one HTTP request.</summary>
public sealed class RequestQueryCount
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    internal void Increment() => Interlocked.Increment(ref _count);
}

/// <summary>
/// Counts every command EF Core sends (feature services, Identity's stores, the data-protection key store) into the
/// current request's <see cref="RequestQueryCount"/>, which <see cref="RequestLogging"/> starts and logs.
/// Work outside any request (start-up, background timers) has no counter and is not counted.
/// </summary>
public sealed class QueryCountInterceptor : DbCommandInterceptor
{
    // An AsyncLocal rather than IHttpContextAccessor: the prerender's loading code and everything it awaits share the
    // request's execution context, and reading it costs no allocation per command.
    private static readonly AsyncLocal<RequestQueryCount?> _current = new();

    /// <summary>Starts counting for the calling async flow (one request) and returns its counter.</summary>
    public static RequestQueryCount StartRequest()
    {
        var count = new RequestQueryCount();
        _current.Value = count;
        return count;
    }

    // EF creates and initialises one DbCommand per execution (reader, non-query or scalar, sync or async), so this one
    // hook counts every command sent.
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        _current.Value?.Increment();
        return result;
    }
}
