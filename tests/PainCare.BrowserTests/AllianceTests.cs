using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AllianceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TrendView_ShowsTheChartFlagsAndFigures_AndPassesAxe()
    {
        var page = await fixture.SignInAsync("sam.okafor@paincare.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Leonie Hartley" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Alliance trend" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Alliance and pain", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Alliance and pain by date for Leonie Hartley" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg .series-patient")).ToHaveAttributeAsync("points", new System.Text.RegularExpressions.Regex(@"^(\S+,\S+ ){3}\S+,\S+$"));
        await page.GetByText("Show the figures").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Ratings, pain and what was recorded, by session" }).GetByRole(AriaRole.Columnheader, new() { Name = "Pain before" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("PainCare's own check-in, not a validated measure.", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "alliance-trend.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Caseload_FiltersToPatientsNeedingAttention()
    {
        var page = await fixture.SignInAsync("sam.okafor@paincare.test");
        var toggle = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Needs attention only") });
        var rows = page.GetByRole(AriaRole.Row);
        await Assertions.Expect(toggle).ToBeEnabledAsync();
        var all = await rows.CountAsync();

        await toggle.ClickAsync();

        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        var needing = int.Parse((await toggle.TextContentAsync())!.Split('(', ')')[1], System.Globalization.CultureInfo.InvariantCulture);
        // The demo clinic (fixed seed) has patients on a falling course, so the filter has something to show.
        Assert.True(needing > 0, "No demo patient needs attention.");
        await Assertions.Expect(rows).ToHaveCountAsync(needing + 1);
        Assert.True(needing + 1 < all);
        await Assertions.Expect(page.Locator("tbody .flag-alert").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
