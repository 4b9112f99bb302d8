using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PainCare.Domain.Ratings;
using PainCare.Testing;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HandoverTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PatientRatesOnAPhone_ThenTheDeviceStaysLockedUntilTheClinicianUnlocksIt()
    {
        var sessionId = await UnratedAttendedSessionAsync(fixture.Server, "Ingrid");
        var page = await fixture.SignInAsync("sam.okafor@paincare.test", width: 390, height: 844);
        await page.GotoAsync($"sessions/{sessionId}/handover");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand over now" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingrid, how was today's session?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("PainCare's own check-in, not a validated measure.", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "handover-phone.png"), FullPage = true });
        for (var question = 1; question <= 6; question++)
        {
            await Assertions.Expect(page.GetByText($"Question {question} of 6")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Radio, new() { Name = question % 2 == 0 ? "4" : "5", Exact = false }).First.CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = question < 6 ? "Next" : "Finish" }).ClickAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await page.GotoAsync("caseload");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await page.GetByLabel("Your password").FillAsync("not-the-password-at-all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That password did not unlock the device.");

        await page.GetByLabel("Your password").FillAsync(AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/sessions/{sessionId}$"));
        await Assertions.Expect(page.GetByText("the patient has rated this session", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Link to rate at home" })).ToHaveCountAsync(0);
        await using var db = fixture.Server.Database.CreateContext();
        var rating = await db.AllianceRatings.AsNoTracking().SingleAsync(r => r.SessionId == sessionId && r.Rater == RaterRole.Patient);
        Assert.Equal([5, 4, 5, 4, 5, 4], rating.ItemScores);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LowRatingOnAHandedOverScreen_ShowsOnTheTrendAsABelowCutOffFlag()
    {
        // A clinic that sets its own cut-off adds a definition file; the shipped form has none.
        var folder = Directory.CreateTempSubdirectory("paincare-instruments-").FullName;
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "src", "PainCare.Domain", "Alliance", "Instruments", "paincare-checkin.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "paincare-checkin.json"), shipped.Replace("\"cutOff\": null", "\"cutOff\": 3.0", StringComparison.Ordinal));
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__InstrumentsFolder"] = folder });
        var sessionId = await UnratedAttendedSessionAsync(server, "Leonie");
        var page = await fixture.SignInAsync("sam.okafor@paincare.test", server, width: 390, height: 844);
        await page.GotoAsync($"sessions/{sessionId}/handover");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "One question per screen" }).UncheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Greet them by first name" }).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand over now" }).ClickAsync();

        var items = page.GetByRole(AriaRole.Group);
        await Assertions.Expect(items).ToHaveCountAsync(6);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How was today's session?", Exact = true })).ToBeVisibleAsync();
        for (var i = 0; i < 6; i++)
        {
            await items.Nth(i).GetByRole(AriaRole.Radio, new() { Name = "2", Exact = false }).First.CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Finish" }).ClickAsync();
        await page.GetByLabel("Your password").FillAsync(AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();
        await page.GotoAsync($"patients/{await PatientOfAsync(server, sessionId)}/alliance");

        await Assertions.Expect(page.Locator("svg .cut-off-band")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("svg circle.flagged")).Not.ToHaveCountAsync(0);
        // One entry per episode: the low rating opens one, or joins the episode already open (then listed after "then:").
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "below cut-off" }).Filter(new() { HasText = "(open)" })).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<Guid> PatientOfAsync(AppServer server, Guid sessionId)
    {
        await using var db = server.Database.CreateContext();
        return await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.PatientId).SingleAsync();
    }

    /// <summary>An attended session of this patient with its patient rating removed, as if the patient had not rated yet.</summary>
    private static async Task<Guid> UnratedAttendedSessionAsync(AppServer server, string givenName)
    {
        await using var db = server.Database.CreateContext();
        var sessionId = await db.Sessions.AsNoTracking()
            .Where(s => s.Patient.Identity.GivenName == givenName && s.Attendance == Domain.Sessions.Attendance.Attended)
            .OrderByDescending(s => s.StartsAt)
            .Select(s => s.Id)
            .FirstAsync();
        await db.AllianceRatings.Where(r => r.SessionId == sessionId && r.Rater == RaterRole.Patient).ExecuteDeleteAsync();
        return sessionId;
    }
}
