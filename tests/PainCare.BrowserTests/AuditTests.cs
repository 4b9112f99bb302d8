using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PainCare.Data.Audit;
using PainCare.Testing;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AuditTests(BrowserFixture fixture)
{
    [Fact]
    public async Task DraftSavedOverTheCircuit_IsAudited_WithTheBrowsersAddressAndAgent_AndNoText()
    {
        await using var server = await AppServer.StartAsync();
        var sessionId = await ClinicData.DraftSessionOfAsync(server, "Leonie");
        var page = await fixture.SignInAsync("sam.okafor@paincare.test", server);
        await page.GotoAsync($"sessions/{sessionId}");
        await Assertions.Expect(page.Locator(".save-status")).ToHaveTextAsync("All changes saved");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).PressSequentiallyAsync(" Audited words.");

        var saved = await WaitForEventAsync(server, "note.save", sessionId.ToString());
        Assert.Equal("succeeded", saved.Outcome);
        Assert.Equal("127.0.0.1", saved.IpAddress);
        Assert.Contains("Chrom", saved.UserAgent ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Audited", string.Join('|', saved.EntityType, saved.EntityId, saved.UserAgent), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static async Task<AuditEvent> WaitForEventAsync(AppServer server, string action, string entityId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await using var db = server.Database.CreateContext();
            var found = await db.AuditEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Action == action && e.EntityId == entityId);
            if (found is not null || DateTime.UtcNow > deadline)
            {
                var recorded = string.Join(", ", await db.AuditEvents.AsNoTracking().Select(e => e.Action + " " + e.Outcome + " " + e.EntityId).ToListAsync());
                return found ?? throw new TimeoutException($"No {action} audit event for {entityId} within 15 s; recorded: {recorded}\n{server.Output[Math.Max(0, server.Output.Length - 4000)..]}");
            }

            await Task.Delay(100);
        }
    }
}
