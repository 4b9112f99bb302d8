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
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await SignInAsync(page);
        await page.GotoAsync($"sessions/{sessionId}/handover");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand over now" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingrid, how was today's session?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "handover-phone.png"), FullPage = true });
        for (var question = 1; question <= 12; question++)
        {
            await Assertions.Expect(page.GetByText($"Question {question} of 12")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Radio, new() { Name = question % 2 == 0 ? "4" : "5", Exact = false }).First.CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = question < 12 ? "Next" : "Finish" }).ClickAsync();
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
        await using var db = fixture.Server.Database.CreateContext();
        var rating = await db.AllianceRatings.AsNoTracking().SingleAsync(r => r.SessionId == sessionId && r.Rater == RaterRole.Patient);
        Assert.Equal([5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4], rating.ItemScores);
        Assert.Equal(4.5m, rating.Total);
        await page.Context.CloseAsync();
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("account/sign-in");
        await page.GetByLabel("Email").FillAsync("sam.okafor@paincare.test");
        await page.GetByLabel("Password").FillAsync(AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
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
