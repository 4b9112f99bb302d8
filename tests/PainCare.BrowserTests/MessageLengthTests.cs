using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MessageLengthTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AMessageOverTheLimit_IsCountedAndRefusedWhole_NeverCut()
    {
        var vignetteId = await ClinicRecords.SubmittedVignetteAsync(fixture.Server, "sam.okafor@paincare.test", "helen.mayo@paincare.test");
        var page = await fixture.SignInAsync("helen.mayo@paincare.test");
        await page.GotoAsync($"vignettes/{vignetteId}");
        var message = page.GetByRole(AriaRole.Textbox, new() { Name = "Feedback or a question" });
        var tooLong = string.Concat(Enumerable.Repeat("What did you notice? ", 250)) + "Over.";

        await message.FillAsync(tooLong);

        await Assertions.Expect(message).ToHaveValueAsync(tooLong);
        await Assertions.Expect(page.GetByText("5,255 of 5,000 characters")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("255 characters over the limit of 5,000");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Feedback or a question" })).ToHaveValueAsync(tooLong);
        Assert.Equal(0, await ClinicRecords.CommentCountAsync(fixture.Server, vignetteId));
        await page.Context.CloseAsync();
    }
}
