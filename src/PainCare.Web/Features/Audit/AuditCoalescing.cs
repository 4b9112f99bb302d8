using Microsoft.Extensions.Caching.Memory;

namespace PainCare.Web.Features.Audit;

/// <summary>
/// Remembers, for one node, which coalesced entries (<see cref="AuditActions.Coalesced"/>) succeeded in the last
/// <see cref="Window"/>, so a prerender and its circuit, the several services one page calls, or a run of autosaves leave
/// one row (ADR 0270). Only successes coalesce: a refusal, a failure or a look at a record that is not on the caseload is
/// always recorded. Entries expire on their own and the cache is bounded: when it is full an entry is recorded again
/// rather than lost.
/// </summary>
public sealed class AuditCoalescing(IConfiguration configuration) : IDisposable
{
    public const double DefaultWindowSeconds = 60;

    private const int MaxEntries = 50_000;

    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly Lock _gate = new();

    public TimeSpan Window { get; } = TimeSpan.FromSeconds(configuration.GetValue("PainCare:AuditCoalesceSeconds", DefaultWindowSeconds));

    /// <summary>True when the entry should be written now; false when the same one was written within the window.</summary>
    public bool ShouldRecord(AuditEntry entry)
    {
        if (entry.Outcome != AuditOutcomes.Succeeded || !AuditActions.Coalesced.Contains(entry.Action) || Window <= TimeSpan.Zero)
        {
            return true;
        }

        // One check-and-set, so two renders at the same moment cannot both decide to write.
        lock (_gate)
        {
            if (_recent.TryGetValue(entry, out _))
            {
                return false;
            }

            _recent.Set(entry, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Window });
            return true;
        }
    }

    /// <summary>The write failed: the next identical entry is written instead of being taken as already on record.</summary>
    public void Forget(AuditEntry entry) => _recent.Remove(entry);

    public void Dispose() => _recent.Dispose();
}
