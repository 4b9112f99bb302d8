namespace PainCare.Web.Features.Account;

/// <summary>
/// A running estimate of how long something usually takes (an exponentially weighted mean, each new time weighing one
/// eighth), capped so one stalled request cannot make every later answer slow. Safe to share between requests: a lost
/// update under a race only drops one sample.
/// </summary>
public sealed class RunningTime(TimeSpan cap)
{
    private long _ticks;

    public TimeSpan Typical => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public void Add(TimeSpan sample)
    {
        var taken = Math.Min(sample.Ticks, cap.Ticks);
        var current = Interlocked.Read(ref _ticks);
        Interlocked.Exchange(ref _ticks, current == 0 ? taken : current + ((taken - current) / 8));
    }
}
