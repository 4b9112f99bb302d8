using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PainCare.Testing;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class RatingFormImportTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AdministratorImportsPreviewsEnablesAndChoosesALicensedForm_ThenThePatientIsAskedItsQuestions()
    {
        // Its own clinic: choosing the clinic's form would change what every other test's patient is asked.
        await using var server = await AppServer.StartAsync();
        var admin = await fixture.SignInAsync("admin@paincare.test", server);
        await admin.GotoAsync("admin/forms");
        await admin.GetByLabel("Definition file").SetInputFilesAsync(new FilePayload
        {
            Name = "bond.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(LicensedFormFiles.Patient()),
        });
        await admin.GetByLabel("Licence holder").FillAsync("Example Licensing Ltd");
        await admin.GetByLabel("Licence terms (shown on the form's footer)").FillAsync("Single-clinic licence, renewed yearly.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Import and preview" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Clinic bond form (patient)", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported.");
        await Assertions.Expect(admin.GetByText("Invented test question two?")).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(admin));
        await ConfirmAsync(admin, "Enable", "Enable Clinic bond form (patient)?", "Enable");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Enabled: the form is in the clinic's catalogue.");
        await ConfirmAsync(admin, "Rate sessions with this form", "Rate sessions with Clinic bond form (patient)?", "Use this form");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Patients now rate sessions with this form.");
        await admin.Context.CloseAsync();

        var sessionId = await AttendedSessionAsync(server, "Ingrid");
        var physio = await fixture.SignInAsync("sam.okafor@paincare.test", server, width: 390, height: 844);
        await physio.GotoAsync($"sessions/{sessionId}/handover");
        await physio.GetByRole(AriaRole.Button, new() { Name = "Hand over now" }).ClickAsync();

        await Assertions.Expect(physio.GetByText("Question 1 of 4")).ToBeVisibleAsync();
        await Assertions.Expect(physio.GetByText("used under licence from Example Licensing Ltd", new() { Exact = false })).ToBeVisibleAsync();
        await physio.Context.CloseAsync();
    }

    [Fact]
    public async Task RatingFormsPage_ListsTheShippedForms_AndOffersNoChoiceOfAPlaceholderForm()
    {
        var admin = await fixture.SignInAsync("admin@paincare.test");
        await admin.GotoAsync("admin/forms/in-use/wai-sr-patient");

        await Assertions.Expect(admin.GetByText("Its wording is still a placeholder, so it can never be shown to a patient.")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Rate sessions with this form" })).ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Back to rating forms" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "PainCare session check-in", Exact = true })).ToBeVisibleAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(admin));
        await admin.Context.CloseAsync();
    }

    private static async Task ConfirmAsync(IPage page, string button, string question, string confirm)
    {
        await Assertions.Expect(page.Locator("html[data-confirm-ready]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog, new() { Name = question }).GetByRole(AriaRole.Button, new() { Name = confirm }).ClickAsync();
    }

    private static async Task<Guid> AttendedSessionAsync(AppServer server, string givenName)
    {
        await using var db = server.Database.CreateContext();
        return await db.Sessions.AsNoTracking()
            .Where(s => s.Patient.Identity.GivenName == givenName && s.Attendance == Domain.Sessions.Attendance.Attended)
            .OrderByDescending(s => s.StartsAt)
            .Select(s => s.Id)
            .FirstAsync();
    }
}
