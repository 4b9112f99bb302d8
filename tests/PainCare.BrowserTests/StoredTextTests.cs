using Microsoft.Playwright;
using PainCare.Testing;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class StoredTextTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ScriptsStoredInPatientFields_NeverRunOnThePagesThatShowThem()
    {
        using var client = new FormClient(fixture.Server.BaseAddress);
        await client.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);
        using var created = await client.SubmitAsync("patients/new", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "<img src=x onerror=\"window.__xss=1;alert(1)\">",
            ["Input.FamilyName"] = "Zz<script>window.__xss=2</script>",
            ["Input.DateOfBirth"] = "1980-01-01",
            ["Input.WhatMattersToMe"] = "<svg onload=\"window.__xss=3\"></svg> [x](javascript:window.__xss=4)",
        });
        var patientPath = created.Headers.Location!.ToString().TrimStart('/');
        var page = await fixture.SignInAsync("sam.okafor@paincare.test");
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        foreach (var path in new[] { "patients", patientPath, "caseload" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByText("Zz<script>window.__xss=2</script>").First).ToBeVisibleAsync();
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        }

        Assert.Equal(0, dialogs);
        await page.Context.CloseAsync();
    }
}
