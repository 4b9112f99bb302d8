using Microsoft.Extensions.Caching.Memory;

namespace PainCare.Web.Features.Audit;

/// <summary>
/// Remembers, for one node, which coalesced entries (<see cref="AuditActions.Coalesced"/>) were recorded in the last
/// <see cref="Window"/>, so a prerender and its circuit, or a run of autosaves, leave one row. Entries expire on their own,
/// and the cache is bounded, so it never grows with the number of users or records.
/// </summary>
public sealed class AuditCoalescing : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private const int MaxEntries = 50_000;

    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    /// <summary>True when the entry should be written now; false when the same one was written within the window.</summary>
    public bool ShouldRecord(AuditEntry entry)
    {
        if (!AuditActions.Coalesced.Contains(entry.Action))
        {
            return true;
        }

        if (_recent.TryGetValue(entry, out _))
        {
            return false;
        }

        _recent.Set(entry, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Window });
        return true;
    }

    public void Dispose() => _recent.Dispose();
}
