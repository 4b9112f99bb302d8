using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SupervisionStepsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Supervisor_ClosesAfterConfirming_ReopensAndReturnsForChanges()
    {
        var vignetteId = await ClinicRecords.SubmittedVignetteAsync(fixture.Server, "priya.nair@paincare.test", "helen.mayo@paincare.test");
        var supervisor = await fixture.SignInAsync("helen.mayo@paincare.test");
        await supervisor.GotoAsync($"vignettes/{vignetteId}");
        await Assertions.Expect(supervisor.Locator("html[data-confirm-ready]")).ToHaveCountAsync(1);

        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Close the discussion" }).ClickAsync();
        var closing = supervisor.GetByRole(AriaRole.Dialog, new() { Name = "Close the discussion?" });
        await closing.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByText("Submitted", new() { Exact = false }).First).ToBeVisibleAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Close the discussion" }).ClickAsync();
        await closing.GetByRole(AriaRole.Button, new() { Name = "Close the discussion" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Textbox, new() { Name = "Feedback or a question" })).ToHaveCountAsync(0);

        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Reopen the discussion" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Textbox, new() { Name = "Feedback or a question" })).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.Locator("html[data-confirm-ready]")).ToHaveCountAsync(1);
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Return for changes" }).ClickAsync();
        await supervisor.GetByRole(AriaRole.Dialog, new() { Name = "Return this vignette for changes?" }).GetByRole(AriaRole.Button, new() { Name = "Return for changes" }).ClickAsync();

        await Assertions.Expect(supervisor.GetByText("Returned for changes", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = "Return for changes" })).ToHaveCountAsync(0);
        Assert.Empty(await Axe.SeriousViolationsAsync(supervisor));
        await supervisor.Context.CloseAsync();
    }
}
