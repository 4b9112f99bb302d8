using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;

namespace PainCare.Web.Features.Account;

/// <summary>
/// How long a signed-in session may live: idle timeout (15 minutes by default) and absolute timeout (8 hours), enforced for
/// page requests and inside live circuits. Activity is kept in memory per node and written through to the session's
/// server-side record at most once a minute (ServerSessions), so it survives a restart. The in-memory clock forgets a
/// session once it has been idle longer than the idle timeout: from then on the session has expired whatever either
/// clock says, so forgetting it changes no answer and the map holds only the sessions active in the last timeout.
/// </summary>
public sealed class SessionPolicy(IConfiguration configuration, TimeProvider clock)
{
    public const string SessionClaim = "paincare_sid";
    public const string SignedInAtClaim = "paincare_signed_in_at";
    public const string TwoFactorClaim = "paincare_2fa";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSeen = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    public TimeSpan IdleTimeout { get; } = TimeSpan.FromMinutes(configuration.GetValue("PainCare:IdleTimeoutMinutes", 15.0));

    public TimeSpan AbsoluteTimeout { get; } = TimeSpan.FromHours(configuration.GetValue("PainCare:AbsoluteSessionHours", 8.0));

    public TimeSpan RevalidationInterval { get; } = TimeSpan.FromSeconds(configuration.GetValue("PainCare:RevalidationSeconds", 60.0));

    /// <summary>How stale a live circuit's view of its session may be when the change was made on another node.</summary>
    public TimeSpan CircuitCheckInterval { get; } = TimeSpan.FromSeconds(configuration.GetValue("PainCare:CircuitCheckSeconds", 2.0));

    /// <summary>How often the stored idle clock is moved forward: a minute, or a quarter of a (short) idle timeout.</summary>
    public TimeSpan LastSeenWriteInterval => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, IdleTimeout.Ticks / 4));

    /// <summary>Two-factor sign-in is required outside the demo clinic unless a clinic explicitly turns it off.</summary>
    public bool RequireTwoFactor { get; } = configuration.GetValue<bool?>("PainCare:RequireTwoFactor") ?? !configuration.GetValue("Demo:Seed", false);

    /// <summary>How many sessions this node's idle clock holds: those seen within the last idle timeout, and at most one sweep's worth more.</summary>
    public int TrackedSessions => _lastSeen.Count;

    public void Touch(ClaimsPrincipal user)
    {
        if (user.FindFirstValue(SessionClaim) is { } sid)
        {
            var now = clock.GetUtcNow();
            _lastSeen[sid] = now;
            ForgetIdleSessions(now);
        }
    }

    /// <summary>At most once per idle timeout, drops the sessions idle longer than it (one pass, never under a lock).</summary>
    private void ForgetIdleSessions(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.UtcTicks + IdleTimeout.Ticks, due) != due)
        {
            return;
        }

        foreach (var entry in _lastSeen)
        {
            if (now - entry.Value > IdleTimeout)
            {
                // Removed only if unchanged: a session touched meanwhile stays.
                _lastSeen.TryRemove(entry);
            }
        }
    }

    /// <summary>
    /// True when the session has been idle too long or has outlived the absolute limit. <paramref name="storedLastSeen"/>
    /// is the server-side record's (ServerSessions), so a restart or another node keeps the idle clock.
    /// </summary>
    public bool HasExpired(ClaimsPrincipal user, DateTimeOffset storedLastSeen)
    {
        var now = clock.GetUtcNow();
        if (long.TryParse(user.FindFirstValue(SignedInAtClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var signedIn)
            && now - DateTimeOffset.FromUnixTimeSeconds(signedIn) > AbsoluteTimeout)
        {
            return true;
        }

        // This node's clock is finer (every circuit message); the stored one is at most a write interval behind.
        var sid = user.FindFirstValue(SessionClaim);
        var lastSeen = sid is not null && _lastSeen.TryGetValue(sid, out var seen) && seen > storedLastSeen ? seen : storedLastSeen;
        return now - lastSeen > IdleTimeout;
    }

    public static IEnumerable<Claim> NewSessionClaims(DateTimeOffset now) =>
    [
        new Claim(SessionClaim, Guid.NewGuid().ToString("N")),
        new Claim(SignedInAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
    ];
}
