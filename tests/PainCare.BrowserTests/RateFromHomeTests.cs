using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PainCare.Domain.Sessions;
using PainCare.Testing;

namespace PainCare.BrowserTests;

/// <summary>Issue 17, item 3: the home link on a phone keeps answers through a reload and says once, at the question, what is missing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RateFromHomeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HomeLinkOnAPhone_KeepsAnswersThroughReload_AndNamesTheMissingAnswerAtItsQuestion()
    {
        var sessionId = await NewAttendedSessionAsync(fixture.Server);
        var clinician = await fixture.SignInAsync("sam.okafor@paincare.test");
        await clinician.GotoAsync($"sessions/{sessionId}/rating-link");
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
        var link = await clinician.GetByRole(AriaRole.Textbox, new() { Name = "Link" }).InputValueAsync();
        await clinician.Context.CloseAsync();

        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(link);
        var items = page.GetByRole(AriaRole.Group);
        await Assertions.Expect(items).ToHaveCountAsync(6);
        var (four, five) = (await Box(items.Nth(0), "4 "), await Box(items.Nth(0), "5 "));
        Assert.True(five.Y > four.Y && Math.Abs(five.X - four.X) < 1, "On a phone each option has its own line.");

        await items.Nth(0).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^4 ") }).CheckAsync();
        await items.Nth(2).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^5 ") }).CheckAsync();
        await page.ReloadAsync();
        await Assertions.Expect(items.Nth(0).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^4 ") })).ToBeCheckedAsync();
        await Assertions.Expect(items.Nth(2).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^5 ") })).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(items.Nth(1)).ToHaveAccessibleDescriptionAsync("Please choose an answer here. 3 other questions also need an answer.");
        await Assertions.Expect(page.Locator(".rating-problem")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(items.Nth(2).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^5 ") })).ToBeCheckedAsync();

        foreach (var index in new[] { 1, 3, 4, 5 })
        {
            await items.Nth(index).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^3 ") }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await using var db = fixture.Server.Database.CreateContext();
        var rating = await db.AllianceRatings.AsNoTracking().SingleAsync(r => r.SessionId == sessionId);
        Assert.Equal([4, 3, 5, 3, 3, 3], rating.ItemScores);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReloadAfterSending_ThanksThePatient_AndTheTabKeepsNoChoices()
    {
        var page = await OpenNewLinkAsync(await NewAttendedSessionAsync(fixture.Server));
        var items = page.GetByRole(AriaRole.Group);
        for (var index = 0; index < 6; index++)
        {
            await items.Nth(index).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^4 ") }).CheckAsync();
        }

        Assert.Equal(1, await KeptFormsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => !Object.keys(sessionStorage).some(k => k.startsWith('paincare:answers:'))");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("cannot be used")).ToHaveCountAsync(0);
        Assert.Equal(0, await KeptFormsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LinkThatExpiredWhileOpen_ClearsTheChoicesTheTabKept()
    {
        var sessionId = await NewAttendedSessionAsync(fixture.Server);
        var page = await OpenNewLinkAsync(sessionId);
        await page.GetByRole(AriaRole.Group).Nth(0).GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^4 ") }).CheckAsync();
        Assert.Equal(1, await KeptFormsAsync(page));

        await using (var db = fixture.Server.Database.CreateContext())
        {
            await db.RatingLinks.Where(l => l.SessionId == sessionId).ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This link cannot be used" })).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => !Object.keys(sessionStorage).some(k => k.startsWith('paincare:answers:'))");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenNewLinkAsync(Guid sessionId)
    {
        var clinician = await fixture.SignInAsync("sam.okafor@paincare.test");
        await clinician.GotoAsync($"sessions/{sessionId}/rating-link");
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Make a link" }).ClickAsync();
        var link = await clinician.GetByRole(AriaRole.Textbox, new() { Name = "Link" }).InputValueAsync();
        await clinician.Context.CloseAsync();
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Group)).ToHaveCountAsync(6);
        return page;
    }

    private static Task<int> KeptFormsAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(k => k.startsWith('paincare:answers:')).length");

    private static async Task<LocatorBoundingBoxResult> Box(ILocator item, string prefix) =>
        (await item.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^" + prefix) }).BoundingBoxAsync())!;

    private static async Task<Guid> NewAttendedSessionAsync(AppServer server)
    {
        await using var db = server.Database.CreateContext();
        var sam = await db.Users.Where(u => u.Email == "sam.okafor@paincare.test").Select(u => u.Id).SingleAsync();
        var patientId = await db.Patients.Where(p => p.ClinicianId == sam && p.Identity.GivenName != "Ingrid" && p.Identity.GivenName != "Leonie")
            .OrderBy(p => p.Identity.FamilyName).Select(p => p.Id).FirstAsync();
        var session = new Session { Id = Guid.CreateVersion7(), PatientId = patientId, ClinicianId = sam, StartsAt = DateTimeOffset.UtcNow.AddHours(-3), DurationMinutes = 45 };
        Assert.Null(session.RecordFacts(Attendance.Attended, 5, 3));
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }
}
