using System.Net;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Hosting;

public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Logs_HoldNeitherThePatientsNameNorTheNoteText()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var givenName = $"Zebedee{marker}";
        var familyName = $"Quartermaine{marker}";
        var noteText = $"She held her breath when I touched the scar {marker} and said it still frightens her.";

        using var signIn = await client.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var created = await client.SubmitAsync("patients/new", new Dictionary<string, string>
        {
            ["Input.GivenName"] = givenName,
            ["Input.FamilyName"] = familyName,
            ["Input.DateOfBirth"] = "1971-05-04",
            ["Input.WhatMattersToMe"] = "Walking to the beach",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var patientPath = created.Headers.Location!.ToString().TrimStart('/');
        using var session = await client.SubmitAsync($"{patientPath}/sessions/new", new Dictionary<string, string>
        {
            ["Input.Date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.StartTime"] = "09:00",
            ["Input.DurationMinutes"] = "45",
            ["Input.Attendance"] = "Attended",
            ["Input.Narrative"] = noteText,
            ["Input.PainBefore"] = "6",
            ["Input.PainAfter"] = "4",
        });
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        using var page = await client.GetAsync(patientPath);
        Assert.Contains(familyName, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await server.KillAsync();
        var logFile = server.ReadLogs();
        var everything = logFile + server.Output;

        Assert.Contains("Sign-in succeeded", logFile, StringComparison.Ordinal);
        Assert.Contains("HTTP POST /patients/new", logFile, StringComparison.Ordinal);
        // The request line names the route pattern and the query count, never the patient's id.
        Assert.Matches(@"HTTP GET /patients/\{PatientId:guid\} responded 200 in [\d.]+ ms with [1-9]\d* queries", logFile);
        Assert.DoesNotContain(patientPath.Split('/')[^1], everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(marker, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("held her breath", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Walking to the beach", everything, StringComparison.OrdinalIgnoreCase);
        // The demo accounts are printed to the console for the operator, never written to the log file.
        Assert.DoesNotContain("sam.okafor", logFile, StringComparison.OrdinalIgnoreCase);
    }
}
