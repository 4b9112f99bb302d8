using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task Search_ShowsTheFirstPage_ThenMoreMatchesOnRequest()
    {
        const string Word = "hurdy-gurdy";
        for (var i = 0; i < 27; i++)
        {
            var session = await ClinicData.NewDraftSessionAsync(fixture.Server, Clinician);
            await using var db = fixture.Server.Database.CreateContext();
            await db.NarrativeNotes.Where(n => n.SessionId == session)
                .ExecuteUpdateAsync(set => set.SetProperty(n => n.Text, $"She played the {Word} again, session {i}."));
        }

        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync("search");
        var terms = page.GetByLabel("Search for");
        await Assertions.Expect(terms).ToBeEnabledAsync();
        await terms.FillAsync(Word);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        var results = page.Locator(".search-results").GetByRole(AriaRole.Link);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The 25 best-matching sessions so far");
        await Assertions.Expect(results).ToHaveCountAsync(25);
        await Assertions.Expect(page.Locator(".search-results li").First).ToContainTextAsync("Found in the narrative.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show more matches" }).ClickAsync();

        await Assertions.Expect(results).ToHaveCountAsync(27);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("27 matching sessions, best first:");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show more matches" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
