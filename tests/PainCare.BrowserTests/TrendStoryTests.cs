using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;
using PainCare.Testing;

namespace PainCare.BrowserTests;

/// <summary>
/// Issue 17, "done when": a physiotherapist hands a phone to a patient, the patient answers the check-in (with Back and
/// reload on the way), and the clinician finds the point on the dated trend with the session's observations beside it
/// and opens that session from the chart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TrendStoryTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PatientRatesOnAPhone_WithBackAndReload_ThenTheClinicianOpensThatSessionFromTheTrend()
    {
        var (sessionId, patientId) = await TodaysSessionWithObservationsAsync(fixture.Server);
        var page = await fixture.SignInAsync("sam.okafor@paincare.test", width: 390, height: 844);
        await page.GotoAsync($"sessions/{sessionId}/handover");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand over now" }).ClickAsync();

        await Answer(page, question: 1, "4");
        await Assertions.Expect(page.GetByText("Question 2 of 6")).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByText("Question 1 of 6")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "4 Mostly" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Question 2 of 6")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "5 Completely" }).CheckAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("Question 2 of 6")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "5 Completely" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        // Next without an answer: one calm message at the question, no list of errors.
        await Assertions.Expect(page.GetByText("Question 3 of 6")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Question 3 of 6") })).ToHaveAccessibleDescriptionAsync(new Regex("^Please choose an answer here"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        foreach (var question in new[] { 3, 4, 5, 6 })
        {
            await Answer(page, question, question % 2 == 0 ? "4" : "5");
        }

        await page.GetByLabel("Your password").FillAsync(AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/sessions/{sessionId}$"));

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"patients/{patientId}/alliance");
        var point = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Session \d+, \d+ \w+ \d{4}\. Patient 4\.5 .*Safety cues 1 \(guarding\) · Moments of connection 1\..*Opens the session's narrative\.$") });
        await Assertions.Expect(point).ToHaveCountAsync(1);
        await point.FocusAsync();
        await Assertions.Expect(point.Locator(".session-detail")).ToBeVisibleAsync();
        await Assertions.Expect(point.Locator(".session-detail")).ToContainTextAsync("Safety cues 1 (guarding)");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "alliance-trend-story.png"), FullPage = true });

        await point.Locator(".hit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/sessions/{sessionId}$"));
        await Assertions.Expect(page.GetByText("the patient has rated this session", new() { Exact = false })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task Answer(IPage page, int question, string value)
    {
        await Assertions.Expect(page.GetByText($"Question {question} of 6")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{value} ") }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = question < 6 ? "Next" : "Finish" }).ClickAsync();
    }

    /// <summary>A session held an hour ago for one of Sam's patients, its signed note carrying a safety cue and a moment of connection; not yet rated.</summary>
    private static async Task<(Guid Session, Guid Patient)> TodaysSessionWithObservationsAsync(AppServer server)
    {
        await using var db = server.Database.CreateContext();
        var sam = await db.Users.Where(u => u.Email == "sam.okafor@paincare.test").Select(u => u.Id).SingleAsync();
        var patientId = await db.Patients
            .Where(p => p.ClinicianId == sam && p.Identity.GivenName != "Ingrid" && p.Identity.GivenName != "Leonie")
            .OrderByDescending(p => p.Identity.FamilyName).Select(p => p.Id).FirstAsync();
        var startsAt = DateTimeOffset.UtcNow.AddHours(-1);
        var session = new Session { Id = Guid.CreateVersion7(), PatientId = patientId, ClinicianId = sam, StartsAt = startsAt, DurationMinutes = 45 };
        Assert.Null(session.RecordFacts(Attendance.Attended, 6, 4));
        session.Note = new NarrativeNote
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            AuthorId = sam,
            Text = "We tried the stairs together; a pause, then a laugh about the lift.",
            Status = NoteStatus.Signed,
            CreatedAt = startsAt,
            UpdatedAt = startsAt,
            SignedAt = startsAt,
            SignedById = sam,
            Revision = 1,
            Observations =
            [
                new Observation { Id = Guid.CreateVersion7(), Kind = ObservationKind.SafetyCue, Aspect = "guarding", Detail = "Guarded on the first step.", CreatedAt = startsAt, AuthorId = sam },
                new Observation { Id = Guid.CreateVersion7(), Kind = ObservationKind.Connection, Detail = "Shared a laugh.", CreatedAt = startsAt, AuthorId = sam },
            ],
        };
        session.Note.Versions = [new NarrativeNoteVersion { Revision = 1, Text = session.Note.Text, SavedById = sam, SavedAt = startsAt }];
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return (session.Id, patientId);
    }
}
