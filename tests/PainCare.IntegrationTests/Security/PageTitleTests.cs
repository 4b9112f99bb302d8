using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Security;

/// <summary>Browser history and tab sync keep page titles: no title may name a patient.</summary>
[Trait(TestEngine.Trait, TestEngine.Independent)]
public sealed partial class PageTitleTests
{
    [Fact]
    public async Task ClinicalPages_HaveTitlesThatNeverNameThePatient()
    {
        await using var server = await AppServer.StartAsync();
        Guid patientId, sessionId;
        string given, family;
        await using (var db = server.Database.CreateContext())
        {
            var patient = await db.Patients.Where(p => p.Identity.GivenName == "Leonie")
                .Select(p => new { p.Id, p.Identity.GivenName, p.Identity.FamilyName }).SingleAsync();
            (patientId, given, family) = (patient.Id, patient.GivenName, patient.FamilyName);
            sessionId = await db.Sessions.Where(s => s.PatientId == patientId).Select(s => s.Id).FirstAsync();
        }

        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);

        foreach (var path in new[] { $"patients/{patientId}", $"patients/{patientId}/alliance", $"sessions/{sessionId}", $"sessions/{sessionId}/history", $"patients/{patientId}/edit", $"patients/{patientId}/sessions/new" })
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
            if (path == $"patients/{patientId}")
            {
                Assert.Contains(given, body, StringComparison.Ordinal);
            }

            var title = Title().Match(body).Groups[1].Value;
            Assert.False(string.IsNullOrWhiteSpace(title), $"{path} has no title");
            Assert.DoesNotContain(given, title, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(family, title, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();
}
