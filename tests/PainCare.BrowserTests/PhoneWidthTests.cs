using Microsoft.Playwright;

namespace PainCare.BrowserTests;

/// <summary>The pages converted to MudBlazor (ADR 0200) at a 390 × 844 phone: no sideways scrolling, axe clean, menu works.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWidthTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";

    public static TheoryData<string, string, string> Pages => new()
    {
        { Clinician, "caseload", "Caseload" },
        { Clinician, "patients", "Patients" },
        { Clinician, "patient", "" },
        { Clinician, "my-vignettes", "My vignettes" },
        { "helen.mayo@paincare.test", "vignettes", "Vignettes" },
        { "admin@paincare.test", "admin/users", "Users" },
        { "admin@paincare.test", "admin/audit", "Audit trail" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ConvertedPage_AtPhoneWidth_NeverScrollsSideways_AndHasNoSeriousAxeViolation(string email, string path, string heading)
    {
        if (path == "patient")
        {
            path = $"patients/{(await ClinicRecords.PatientOfAsync(fixture.Server, Clinician)).Id}";
        }

        var page = await fixture.SignInAsync(email, width: 390, height: 844);
        await page.GotoAsync(path);
        var title = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(title).ToBeVisibleAsync();
        if (heading.Length > 0)
        {
            await Assertions.Expect(title).ToHaveTextAsync(heading);
        }

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var wide = await page.EvaluateAsync<string[]>(
            "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 || e.scrollWidth > e.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth)",
            widths[1]);
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide in a {widths[1]} px window; wider than the window: {string.Join(", ", wide)}");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var name = path.Replace('/', '-');
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"phone-{(name.StartsWith("patients-", StringComparison.Ordinal) ? "patient" : name)}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

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
