using System.Net;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Security;

/// <summary>
/// Issue 18, finding 20: repeated sign-in attempts and exports are throttled with a clear 429. Each limit gets a server
/// of its own, so neither test waits out the other's one-minute window.
/// </summary>
[Trait(TestEngine.Trait, TestEngine.Independent)]
public sealed class RateLimitTests
{
    [Fact]
    public async Task SignInAttempts_BeyondTheLimit_Get429WithAShortPage()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__RateLimits__SignInPerMinute"] = "4" });
        using var client = new FormClient(server.BaseAddress);
        var (action, hidden) = await client.ReadFormAsync("account/sign-in");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var attemptResponse = await client.PostAsync(action, new Dictionary<string, string>(hidden) { ["Input.Email"] = $"guess-{attempt}@paincare.test", ["Input.Password"] = "a-guessed-password" });
            statuses.Add(attemptResponse.StatusCode);
        }

        using var throttled = await client.PostAsync(action, new Dictionary<string, string>(hidden) { ["Input.Email"] = "sam.okafor@paincare.test", ["Input.Password"] = AppServer.DemoPassword });

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Contains("Too many attempts", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_BeyondTheLimit_Get429_WhicheverFormatIsAsked()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__RateLimits__ExportsPerMinute"] = "2" });
        var (_, patientId) = await Account.HandoverLockTests.UnratedSessionAsync(server);
        using var exporter = new FormClient(server.BaseAddress);
        await exporter.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);

        using var first = await exporter.GetAsync($"patients/{patientId}/alliance/ratings.csv");
        using var second = await exporter.GetAsync($"patients/{patientId}/alliance/fhir.json");
        using var third = await exporter.GetAsync($"patients/{patientId}/alliance/ratings.csv");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }
}
