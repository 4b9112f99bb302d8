using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AddendumTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";

    // Two saves and two reloads over the circuit; generous for a loaded two-core machine.
    private static readonly LocatorAssertionsToContainTextOptions _slowSave = new() { Timeout = 30_000 };

    [Fact]
    public async Task DoubleClickingAddAddendum_AddsOneAddendum()
    {
        var sessionId = await ClinicRecords.SignedSessionAsync(fixture.Server, Clinician, "She arrived early and sat by the window.");
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync($"sessions/{sessionId}");
        var addendum = page.GetByRole(AriaRole.Textbox, new() { Name = "Add an addendum" });
        await Assertions.Expect(addendum).ToBeEditableAsync();

        await addendum.FillAsync("Her sister phoned afterwards to say the walk went well.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add addendum" }).DblClickAsync();
        await Assertions.Expect(page.Locator("article.addendum").First).ToContainTextAsync("Her sister phoned", _slowSave);
        // A later single addendum lands after anything the double click sent, so the count below is final.
        await addendum.FillAsync("A second, different note.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add addendum" }).ClickAsync();
        await Assertions.Expect(page.Locator("article.addendum").Last).ToContainTextAsync("A second, different note.", _slowSave);

        Assert.Equal(["Her sister phoned afterwards to say the walk went well.", "A second, different note."], await ClinicRecords.AddendaAsync(fixture.Server, sessionId));
        await Assertions.Expect(page.Locator("article.addendum")).ToHaveCountAsync(2);
        await page.Context.CloseAsync();
    }
}
