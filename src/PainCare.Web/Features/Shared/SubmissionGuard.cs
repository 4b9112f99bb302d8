using System.Collections.Concurrent;

namespace PainCare.Web.Features.Shared;

/// <summary>
/// Runs a static form's create action once per rendered form: the form carries a submission token, and a second post of
/// the same token (a double click, a resend) waits for the first and gets its result instead of creating a second
/// record. Tokens are remembered on this node for ten minutes; the browser also refuses a second submit
/// (wwwroot/js/submit-once.js).
/// </summary>
public sealed class SubmissionGuard(TimeProvider clock)
{
    private static readonly TimeSpan _remember = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Entry> _seen = new(StringComparer.Ordinal);

    public async Task<T> OnceAsync<T>(string userId, Guid token, Func<Task<T>> action)
    {
        if (token == Guid.Empty)
        {
            return await action();
        }

        var now = clock.GetUtcNow();
        foreach (var stale in _seen.Where(e => now - e.Value.At > _remember))
        {
            _seen.TryRemove(stale);
        }

        var key = userId + "\n" + token.ToString("N");
        var entry = _seen.GetOrAdd(key, _ => new Entry(now, new Lazy<Task<object?>>(async () => (object?)await action())));
        try
        {
            return (T)(await entry.Run.Value)!;
        }
        catch
        {
            // A failed attempt created nothing: let the same form be sent again.
            _seen.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    private sealed record Entry(DateTimeOffset At, Lazy<Task<object?>> Run);
}
