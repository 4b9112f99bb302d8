using Microsoft.Playwright;

namespace PainCare.BrowserTests;

/// <summary>The navigation at a 390 × 844 phone (ADR 0200); every page's width and axe check is in <see cref="EveryPageTests"/>.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWidthTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task Navigation_AtPhoneWidth_HidesBehindTheMenuButton()
    {
        var page = await fixture.SignInAsync(Clinician, width: 390, height: 844);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var patients = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Patients", Exact = true });
        await Assertions.Expect(patients).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");

        await menu.ClickAsync();

        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(patients).ToBeVisibleAsync();
        await patients.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Patients", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(patients).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }
}
