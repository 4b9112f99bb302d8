using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Hosting;

/// <summary>
/// Each case starts an app process on a seeded database of its own, with its own <c>PainCare:KnownProxies</c>, and signs
/// in from loopback as if through a proxy. The audit trail shows which address the app believed.
/// </summary>
[Trait(TestEngine.Trait, TestEngine.Independent)]
public sealed class ForwardedHeadersTests
{
    private const string Sam = "sam.okafor@paincare.test";
    private const string Client = "203.0.113.7";
    // What nginx sends when the client forged its own X-Forwarded-For: the forged entry, then the address nginx saw.
    private const string ForwardedFor = "198.51.100.66, " + Client;

    [Theory]
    [InlineData("", "127.0.0.1")]
    [InlineData("127.0.0.1", Client)]
    [InlineData("127.0.0.0/8", Client)]
    [InlineData("10.0.0.5", "127.0.0.1")]
    public async Task SignIn_IsAuditedWithTheForwardedAddress_OnlyWhenItCameThroughAKnownProxy(string knownProxies, string recorded)
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__KnownProxies"] = knownProxies });
        var agent = $"forwarded-headers-test/{Guid.NewGuid():N}";
        using var client = new FormClient(server.BaseAddress, headers: new Dictionary<string, string> { ["X-Forwarded-For"] = ForwardedFor, ["User-Agent"] = agent });

        using var response = await client.SignInAsync(Sam, AppServer.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = server.Database.CreateContext();
        var signIn = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == "signin.succeeded" && e.UserAgent == agent);
        Assert.Equal(recorded, signIn.IpAddress);
    }

    [Fact]
    public async Task ForwardedHttps_FromAKnownProxy_MakesTheSignInCookieSecure()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__KnownProxies"] = "127.0.0.1" });
        using var plain = new FormClient(server.BaseAddress);
        using var proxied = new FormClient(server.BaseAddress, headers: new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" });

        using var overHttp = await plain.SignInAsync(Sam, AppServer.DemoPassword);
        using var overHttps = await proxied.SignInAsync(Sam, AppServer.DemoPassword);

        Assert.DoesNotContain("secure", AuthCookie(overHttp), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", AuthCookie(overHttps), StringComparison.OrdinalIgnoreCase);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PainCare.Auth=", StringComparison.Ordinal));
}
