using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;

namespace PainCare.Web.Features.Account;

/// <summary>
/// How long a signed-in session may live: idle timeout (15 minutes by default) and absolute timeout (8 hours), enforced for
/// page requests and, through revalidation, inside live circuits. Activity is kept in memory per node (docs/security.md).
/// </summary>
public sealed class SessionPolicy(IConfiguration configuration, TimeProvider clock)
{
    public const string SessionClaim = "paincare_sid";
    public const string SignedInAtClaim = "paincare_signed_in_at";
    public const string TwoFactorClaim = "paincare_2fa";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSeen = new(StringComparer.Ordinal);

    public TimeSpan IdleTimeout { get; } = TimeSpan.FromMinutes(configuration.GetValue("PainCare:IdleTimeoutMinutes", 15.0));

    public TimeSpan AbsoluteTimeout { get; } = TimeSpan.FromHours(configuration.GetValue("PainCare:AbsoluteSessionHours", 8.0));

    public TimeSpan RevalidationInterval { get; } = TimeSpan.FromSeconds(configuration.GetValue("PainCare:RevalidationSeconds", 60.0));

    /// <summary>Two-factor sign-in is required outside the demo clinic unless a clinic explicitly turns it off.</summary>
    public bool RequireTwoFactor { get; } = configuration.GetValue<bool?>("PainCare:RequireTwoFactor") ?? !configuration.GetValue("Demo:Seed", false);

    public void Touch(ClaimsPrincipal user)
    {
        if (user.FindFirstValue(SessionClaim) is { } sid)
        {
            _lastSeen[sid] = clock.GetUtcNow();
        }
    }

    /// <summary>True when the session has been idle too long or has outlived the absolute limit.</summary>
    public bool HasExpired(ClaimsPrincipal user)
    {
        var now = clock.GetUtcNow();
        if (long.TryParse(user.FindFirstValue(SignedInAtClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var signedIn)
            && now - DateTimeOffset.FromUnixTimeSeconds(signedIn) > AbsoluteTimeout)
        {
            return true;
        }

        // A node that has not seen this session yet (a restart, another node) starts its idle clock now.
        var sid = user.FindFirstValue(SessionClaim);
        return sid is not null && now - _lastSeen.GetOrAdd(sid, now) > IdleTimeout;
    }

    public static IEnumerable<Claim> NewSessionClaims(DateTimeOffset now) =>
    [
        new Claim(SessionClaim, Guid.NewGuid().ToString("N")),
        new Claim(SignedInAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
    ];
}
