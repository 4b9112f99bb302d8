using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class UserAdminTests(BrowserFixture fixture)
{
    [Fact]
    public async Task EndSessions_AsksFirst_AndCancelChangesNothing()
    {
        var admin = await fixture.SignInAsync("admin@paincare.test");
        await admin.GotoAsync("admin/users");
        await Assertions.Expect(admin.Locator("html[data-confirm-ready]")).ToHaveCountAsync(1);
        var endSessions = admin.GetByRole(AriaRole.Button, new() { Name = "End sessions of Tom Ferris" });
        var dialog = admin.GetByRole(AriaRole.Dialog, new() { Name = "End every sign-in session of Tom Ferris?" });
        var done = admin.GetByRole(AriaRole.Status).Filter(new() { HasText = "Their sessions end within a minute." });

        await endSessions.ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await admin.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(done).ToHaveCountAsync(0);

        await endSessions.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "End sessions" }).ClickAsync();

        await Assertions.Expect(done).ToBeVisibleAsync();
        await admin.Context.CloseAsync();
    }
}
