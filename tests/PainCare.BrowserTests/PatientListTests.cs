using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PainCare.Domain.Patients;
using PainCare.Testing;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class PatientListTests(BrowserFixture fixture)
{
    // The demo caseloads are shorter than one page, so the pager and its choice are only seen with a longer list.
    private const string Clinician = "priya.nair@paincare.test";

    [Fact]
    public async Task ALongPatientList_OffersRowsPerPage_Accessibly_AndRemembersTheChoiceOnTheNextVisit()
    {
        await AddPatientsAsync(fixture.Server, Clinician, 30);
        var page = await fixture.SignInAsync(Clinician);
        await page.GotoAsync("patients");
        var rows = page.GetByRole(AriaRole.Combobox, new() { Name = "Rows per page" });
        await Assertions.Expect(rows).ToBeEnabledAsync();
        Assert.Empty(await Axe.SeriousViolationsAsync(page));

        await rows.SelectOptionAsync("10");

        await Assertions.Expect(page.GetByText(FirstTen())).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Rows per page" })).ToHaveValueAsync("10");
        await Assertions.Expect(page.GetByText(FirstTen())).ToBeVisibleAsync();
        Assert.Equal(10, await page.Locator(".patients-table tbody tr").CountAsync());
        await page.Context.CloseAsync();
    }

    private static async Task AddPatientsAsync(AppServer server, string clinicianEmail, int count)
    {
        await using var db = server.Database.CreateContext();
        var clinician = db.Users.Where(u => u.Email == clinicianEmail).Select(u => u.Id).Single();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            db.Patients.Add(new Patient
            {
                Id = id,
                ClinicianId = clinician,
                CreatedAt = DateTimeOffset.UtcNow,
                Identity = new PatientIdentity { PatientId = id, GivenName = "Listed", FamilyName = $"Patient{i:00}", DateOfBirth = new DateOnly(1975, 6, 1) },
            });
        }

        await db.SaveChangesAsync();
    }

    [GeneratedRegex(@"^1–10 of \d+$")]
    private static partial Regex FirstTen();
}
