using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PainCare.Testing;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class ClinicTimeZoneTests(BrowserFixture fixture)
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task ADeviceInAnotherZone_SeesClinicTimeInTheEditorAndHistory_AndTheClinicsToday()
    {
        // A clinic zone whose date differs from the server's (UTC) right now, and a device many hours away from it.
        var (clinicZone, deviceZone) = DateTime.UtcNow.Hour >= 11 ? ("Pacific/Kiritimati", "America/New_York") : ("Pacific/Pago_Pago", "Asia/Kolkata");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(clinicZone);
        await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__ClinicTimeZone"] = clinicZone });
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = "en-GB", TimezoneId = deviceZone });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("account/sign-in");
        await page.GetByLabel("Email").FillAsync(Clinician);
        await page.GetByLabel("Password").FillAsync(AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));

        var sessionId = await ClinicData.NewDraftSessionAsync(server, Clinician);
        await page.GotoAsync($"sessions/{sessionId}");
        var before = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Narrative: the story" }).FillAsync("She arrived early and sat by the window.");
        var status = page.Locator(".save-status");
        await Assertions.Expect(status).ToHaveTextAsync(SavedAt());
        var after = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var shown = SavedAt().Match(await status.InnerTextAsync()).Groups["time"].Value;
        Assert.Contains(shown, new[] { Clock(before), Clock(after) });

        await page.GotoAsync($"sessions/{sessionId}/history");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(shown);

        var patient = await ClinicRecords.PatientOfAsync(server, Clinician);
        await page.GotoAsync($"patients/{patient.Id}/sessions/new");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        await Assertions.Expect(page.GetByLabel("Date", new() { Exact = true })).ToHaveValueAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await context.CloseAsync();
    }

    // en-GB short time, as the server writes it for the history table.
    private static string Clock(DateTimeOffset clinicTime) => clinicTime.ToString("t", CultureInfo.GetCultureInfo("en-GB"));

    [GeneratedRegex(@"^Saved (?<time>\d{1,2}:\d{2})")]
    private static partial Regex SavedAt();
}
