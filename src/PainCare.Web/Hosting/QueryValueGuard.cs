using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace PainCare.Web.Hosting;

/// <summary>
/// Answers 400 with a short page when a query value cannot be read as the type a page asks for
/// (<c>?page=abc</c>, <c>?from=notadate</c>). Blazor would otherwise throw while binding it: a 500 with a stack trace in
/// the log, and the attacker's text in the exception message.
/// </summary>
public sealed class QueryValueGuard(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<QueryParameter>> _parameters = new();

    public Task InvokeAsync(HttpContext context)
    {
        var component = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
        if (component is null || context.Request.Query.Count == 0)
        {
            return next(context);
        }

        foreach (var parameter in _parameters.GetOrAdd(component, QueryParametersOf))
        {
            if (context.Request.Query.TryGetValue(parameter.Name, out var values) && !values.All(v => CanRead(v, parameter.Type)))
            {
                return RefuseAsync(context);
            }
        }

        return next(context);
    }

    /// <summary>Whether Blazor can bind <paramref name="value"/> to <paramref name="type"/> (invariant culture, as it binds).</summary>
    public static bool CanRead(string? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        if (string.IsNullOrEmpty(value) || target == typeof(string))
        {
            return true;
        }

        var culture = CultureInfo.InvariantCulture;
        return target switch
        {
            _ when target == typeof(int) => int.TryParse(value, NumberStyles.Integer, culture, out _),
            _ when target == typeof(long) => long.TryParse(value, NumberStyles.Integer, culture, out _),
            _ when target == typeof(bool) => bool.TryParse(value, out _),
            _ when target == typeof(Guid) => Guid.TryParse(value, culture, out _),
            _ when target == typeof(DateOnly) => DateOnly.TryParse(value, culture, DateTimeStyles.None, out _),
            _ when target == typeof(DateTime) => DateTime.TryParse(value, culture, DateTimeStyles.None, out _),
            _ when target == typeof(decimal) => decimal.TryParse(value, NumberStyles.Number, culture, out _),
            _ when target == typeof(double) => double.TryParse(value, NumberStyles.Float, culture, out _),
            _ => false,
        };
    }

    private static IReadOnlyList<QueryParameter> QueryParametersOf(Type component) =>
        component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => new QueryParameter(p.Attribute!.Name ?? p.Property.Name, p.Property.PropertyType))
            .ToList();

    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Address not understood – PainCare</title></head>
            <body><main><h1>This address could not be read</h1>
            <p>Part of the web address is not in a form PainCare understands. Go back, or start again from the <a href="/">home page</a>.</p>
            </main></body></html>
            """,
            context.RequestAborted);
    }

    private sealed record QueryParameter(string Name, Type Type);
}
