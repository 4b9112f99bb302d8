using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using PainCare.Testing;
using PainCare.Web.Features.Account;

namespace PainCare.UnitTests.Account;

public sealed class SessionPolicyMemoryTests
{
    private readonly MovableClock _clock = new();
    private readonly SessionPolicy _policy;

    public SessionPolicyMemoryTests()
    {
        var settings = new Dictionary<string, string?> { ["PainCare:IdleTimeoutMinutes"] = "15" };
        _policy = new SessionPolicy(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _clock);
    }

    [Fact]
    public void SessionsIdleLongerThanTheTimeout_AreForgotten_WhileActiveOnesStay()
    {
        var old = Enumerable.Range(0, 500).Select(_ => SignedIn()).ToList();
        old.ForEach(_policy.Touch);
        Assert.Equal(500, _policy.TrackedSessions);

        _clock.Pass(_policy.IdleTimeout);
        var active = SignedIn();
        _policy.Touch(active);

        Assert.Equal(1, _policy.TrackedSessions);
        Assert.False(_policy.HasExpired(active, storedLastSeen: DateTimeOffset.MinValue));
    }

    [Fact]
    public void AForgottenSession_HasExpired_AsItWouldHaveBeforeBeingForgotten()
    {
        var idle = SignedIn();
        _policy.Touch(idle);
        _clock.Pass(_policy.IdleTimeout);
        _policy.Touch(SignedIn());

        Assert.True(_policy.HasExpired(idle, storedLastSeen: DateTimeOffset.MinValue));
    }

    [Fact]
    public void ManySignInsWithinOneTimeout_AreAllKept_SoNoActiveSessionLosesItsClock()
    {
        for (var i = 0; i < 30; i++)
        {
            _policy.Touch(SignedIn());
            _clock.Shift += TimeSpan.FromSeconds(20);
        }

        Assert.Equal(30, _policy.TrackedSessions);
    }

    private ClaimsPrincipal SignedIn() => new(new ClaimsIdentity(SessionPolicy.NewSessionClaims(_clock.GetUtcNow()), "test"));
}
