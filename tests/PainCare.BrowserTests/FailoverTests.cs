using PainCare.Data;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PainCare.Testing;

namespace PainCare.BrowserTests;

/// <summary>Two app nodes on one database behind nginx with client-IP affinity, as docs/scaling.md describes.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestEngine.Trait, "PostgreSql")]
public sealed partial class FailoverTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";
    private const string SavedPart = "She arrived early and sat by the window.";
    private const string DevicePart = " Later she said the walk had felt possible.";
    private const string LaterPart = " On the other node she booked the next visit.";
    private const string CircuitStart = "HTTP POST /_blazor/negotiate";

    private static readonly Dictionary<string, string> _behindTheProxy = new() { ["PainCare__KnownProxies"] = "127.0.0.1" };

    [Fact]
    public async Task DraftSurvives_WhenItsNodeDies_AndTheClinicianContinuesOnTheOtherNode()
    {
        await using var first = await AppServer.StartAsync(_behindTheProxy, DatabaseProvider.PostgreSql);
        await using var second = await AppServer.StartOnAsync(first.Database, _behindTheProxy);
        await using var proxy = await NginxProxy.StartAsync([first.BaseAddress, second.BaseAddress]);
        var sessionId = await ClinicData.DraftSessionOfAsync(first, "Leonie");
        var page = await fixture.SignInAsync(Clinician, proxy.BaseAddress);
        await page.GotoAsync($"sessions/{sessionId}");
        var status = page.Locator(".save-status");

        await Narrative(page).FillAsync(SavedPart);
        await Assertions.Expect(status).ToHaveTextAsync(SavedAt());
        var (holder, survivor) = CircuitHolder(first, second, proxy);
        // The node dies mid-sentence. Typing never pauses for the editor's 1.2 s, so no autosave carries these words.
        var typing = Narrative(page).PressSequentiallyAsync(DevicePart, new() { Delay = 30 });
        await Assertions.Expect(Narrative(page)).ToHaveValueAsync(new Regex("Later she"));
        await holder.KillAsync();
        await typing;

        Assert.Equal(SavedPart, await ClinicData.NoteTextAsync(survivor, sessionId));
        await Assertions.Expect(page.GetByText("This session has ended.")).ToBeVisibleAsync();
        var survivorLogBefore = survivor.ReadLogs().Length;
        await page.GetByRole(AriaRole.Link, new() { Name = "Reload the page" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/sessions/{sessionId}$"));
        await Assertions.Expect(Narrative(page)).ToHaveValueAsync(SavedPart + DevicePart);
        await Assertions.Expect(status).ToHaveTextAsync(SavedAt());
        Assert.Equal(SavedPart + DevicePart, await ClinicData.NoteTextAsync(survivor, sessionId));
        var afterFailover = survivor.ReadLogs()[survivorLogBefore..];
        Assert.Contains("HTTP GET /sessions/{SessionId:guid} responded 200", afterFailover, StringComparison.Ordinal);
        Assert.Contains(CircuitStart, afterFailover, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/sign-in", afterFailover, StringComparison.Ordinal);

        await Narrative(page).PressSequentiallyAsync(LaterPart);
        await Assertions.Expect(status).ToHaveTextAsync(SavedAt());
        Assert.Equal(SavedPart + DevicePart + LaterPart, await ClinicData.NoteTextAsync(survivor, sessionId));
        await page.Context.CloseAsync();
    }

    private static ILocator Narrative(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" });

    /// <summary>The node whose log shows the circuit being opened; with ip_hash every request went to that one.</summary>
    private static (AppServer Holder, AppServer Survivor) CircuitHolder(AppServer first, AppServer second, NginxProxy proxy)
    {
        var holders = new[] { first, second }.Where(s => s.ReadLogs().Contains(CircuitStart, StringComparison.Ordinal)).ToList();
        Assert.True(holders.Count == 1, $"Exactly one node should hold the circuit; {holders.Count} did. Proxy log:\n{proxy.AccessLog}");
        return holders[0] == first ? (first, second) : (second, first);
    }

    [GeneratedRegex(@"^Saved \d")]
    private static partial Regex SavedAt();
}
