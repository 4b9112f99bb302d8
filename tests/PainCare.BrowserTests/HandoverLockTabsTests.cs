using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PainCare.Domain.Narratives;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;
using PainCare.Testing;

namespace PainCare.BrowserTests;

/// <summary>Issue 18, finding 1: handing over in one tab locks the clinician's other open tabs too.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class HandoverLockTabsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HandingOver_TakesTheClinicianOtherOpenTabs_SearchAndDraft_ToTheHandoverScreen()
    {
        var (handoverSession, draftSession, draftText) = await SessionsAsync(fixture.Server);
        var search = await fixture.SignInAsync("sam.okafor@paincare.test");
        await search.GotoAsync("search");
        await Assertions.Expect(search.GetByLabel("Search for")).ToBeEnabledAsync();
        var draft = await search.Context.NewPageAsync();
        await draft.GotoAsync($"sessions/{draftSession}");
        await Assertions.Expect(draft.Locator("#narrative")).ToBeEditableAsync();

        var handover = await search.Context.NewPageAsync();
        await handover.GotoAsync($"sessions/{handoverSession}/handover");
        await handover.GetByRole(AriaRole.Button, new() { Name = "Hand over now" }).ClickAsync();
        await Assertions.Expect(handover).ToHaveURLAsync(HandoverScreen());

        // Nobody touches the other tabs: they leave their clinical pages by themselves.
        await Assertions.Expect(search).ToHaveURLAsync(HandoverScreen());
        await Assertions.Expect(draft).ToHaveURLAsync(HandoverScreen());
        await Assertions.Expect(search.GetByLabel("Search for")).ToHaveCountAsync(0);
        await Assertions.Expect(draft.Locator("#narrative")).ToHaveCountAsync(0);
        await using (var db = fixture.Server.Database.CreateContext())
        {
            Assert.Equal(draftText, await db.Sessions.Where(s => s.Id == draftSession).Select(s => s.Note!.Text).SingleAsync());
        }

        await handover.GotoAsync("handover/locked");
        await handover.GetByLabel("Your password").FillAsync(AppServer.DemoPassword);
        await handover.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();
        await Assertions.Expect(handover).ToHaveURLAsync(new Regex($"/sessions/{handoverSession}$"));
        await search.Context.CloseAsync();
    }

    private static async Task<(Guid Handover, Guid Draft, string DraftText)> SessionsAsync(AppServer server)
    {
        await using var db = server.Database.CreateContext();
        var sam = await db.Users.Where(u => u.Email == "sam.okafor@paincare.test").Select(u => u.Id).SingleAsync();
        var draft = await db.Sessions.AsNoTracking()
            .Where(s => s.Patient.ClinicianId == sam && s.Note != null && s.Note.Status == NoteStatus.Draft)
            .OrderBy(s => s.StartsAt)
            .Select(s => new { s.Id, s.Note!.Text, s.PatientId })
            .FirstAsync();
        var handover = await db.Sessions.AsNoTracking()
            .Where(s => s.Patient.ClinicianId == sam && s.PatientId != draft.PatientId && s.Attendance == Attendance.Attended
                && s.Patient.Identity.GivenName != "Ingrid" && s.Patient.Identity.GivenName != "Leonie")
            .OrderBy(s => s.StartsAt)
            .Select(s => s.Id)
            .FirstAsync();
        await db.AllianceRatings.Where(r => r.SessionId == handover && r.Rater == RaterRole.Patient).ExecuteDeleteAsync();
        return (handover, draft.Id, draft.Text);
    }

    [GeneratedRegex(@"/handover/rate(\?step=\d+)?$")]
    private static partial Regex HandoverScreen();
}
