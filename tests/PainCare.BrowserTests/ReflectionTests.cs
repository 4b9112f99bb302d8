using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ReflectionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task PromptsFollowTheNarrative_AndAnswersAndDismissalsAreKeptAndCounted_ReadableAfterSignOff_WithoutShowingReasonsToTheAdmin()
    {
        var sessionId = await ClinicData.DraftSessionOfAsync(fixture.Server, "Rashid");
        var page = await fixture.SignInAsync("sam.okafor@paincare.test");
        await page.GotoAsync($"sessions/{sessionId}");
        var panel = page.GetByRole(AriaRole.Complementary, new() { Name = "Reflection" });

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" })
            .FillAsync("Knee flexion 110 degrees. When I touched the scar he recoiled and held his breath. Plan: quads programme.");

        var safety = panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Safety cue" });
        await Assertions.Expect(safety).ToBeVisibleAsync();
        var evidence = safety.GetByRole(AriaRole.Button, new() { Name = "“recoiled”" });
        await Assertions.Expect(evidence).ToBeVisibleAsync();
        await evidence.HoverAsync();
        await Assertions.Expect(page.Locator(".narrative-backdrop mark")).ToHaveTextAsync("recoiled");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Reflection" }).HoverAsync();
        await Assertions.Expect(page.Locator(".narrative-backdrop")).ToBeHiddenAsync();
        Assert.True(await panel.GetByRole(AriaRole.Listitem).CountAsync() <= 3);

        await safety.GetByRole(AriaRole.Textbox).FillAsync("I paused and asked before touching again.");
        await safety.GetByRole(AriaRole.Button, new() { Name = "Save reflection" }).ClickAsync();
        await Assertions.Expect(safety.GetByText("I paused and asked before touching again.")).ToBeVisibleAsync();
        await safety.GetByRole(AriaRole.Button, new() { Name = "Pin for supervision" }).ClickAsync();
        await Assertions.Expect(safety.GetByRole(AriaRole.Button, new() { Name = "Pinned for supervision" })).ToHaveAttributeAsync("aria-pressed", "true");

        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "reflection-panel.png"), FullPage = true });
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        var other = panel.GetByRole(AriaRole.Listitem).Filter(new() { HasNotText = "Safety cue" }).First;
        var otherCategory = await other.Locator(".prompt-category").TextContentAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Not relevant…" }).ClickAsync();
        await other.GetByLabel("Why is it not relevant? (optional)").FillAsync("covered in the previous session");
        await other.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();
        await Assertions.Expect(panel.Locator(".prompt-category", new() { HasText = otherCategory! })).ToHaveCountAsync(0);

        // Signed off, the note is final, but what the clinician kept from the panel is still there to read.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign off…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign off now" }).ClickAsync();
        var kept = page.GetByRole(AriaRole.Region, new() { Name = "Your reflections" });
        await Assertions.Expect(kept.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Assertions.Expect(kept).ToContainTextAsync("I paused and asked before touching again.");
        await Assertions.Expect(kept).ToContainTextAsync("Pinned for supervision");

        await page.GotoAsync("caseload");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rashid Sandoval" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "1 answered · 1 pinned for supervision · 1 dismissed" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        var admin = await fixture.SignInAsync("admin@paincare.test");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Reflection rules" }).ClickAsync();
        // Counted for the administrator, but the clinician's own words stay with the clinician.
        await Assertions.Expect(admin.GetByRole(AriaRole.Columnheader, new() { Name = "Dismissed with a reason" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        Assert.Equal(0, await admin.GetByText("covered in the previous session").CountAsync());
        await admin.Context.CloseAsync();
    }
}
