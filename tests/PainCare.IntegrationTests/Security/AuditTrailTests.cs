using System.Net;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Audit;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Security;

public sealed class AuditTrailTests
{
    private const string Sam = "sam.okafor@paincare.test";

    [Fact]
    public async Task FailedSignIns_AreAudited_WithoutTheTypedAddress()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);

        using var unknown = await client.SignInAsync("nobody.here@paincare.test", "wrong-password-123");
        using var wrong = await client.SignInAsync(Sam, "wrong-password-123");
        using var right = await client.SignInAsync(Sam, AppServer.DemoPassword);

        var samId = await UserIdAsync(server, Sam);
        var events = await EventsAsync(server);
        Assert.Contains(events, e => e is { Action: "signin.failed", UserId: null, EntityId: null });
        Assert.Contains(events, e => e.Action == "signin.failed" && e.UserId == samId);
        Assert.Contains(events, e => e.Action == "signin.succeeded" && e.UserId == samId && e.IpAddress == "127.0.0.1");
        Assert.DoesNotContain(events, e => Text(e).Contains("paincare.test", StringComparison.OrdinalIgnoreCase) || Text(e).Contains("nobody", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadingPatients_IsAudited_AndAnotherCliniciansPatientIsRecordedAsNotFound()
    {
        await using var server = await AppServer.StartAsync();
        var samId = await UserIdAsync(server, Sam);
        await using var db = server.Database.CreateContext();
        var own = await db.Patients.Where(p => p.ClinicianId == samId).Select(p => p.Id).FirstAsync();
        var others = await db.Patients.Where(p => p.ClinicianId != samId).Select(p => p.Id).FirstAsync();
        using var client = new FormClient(server.BaseAddress);
        using var signedIn = await client.SignInAsync(Sam, AppServer.DemoPassword);

        using var ownPage = await client.GetAsync($"patients/{own}");
        using var othersPage = await client.GetAsync($"patients/{others}");

        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, othersPage.StatusCode);
        var events = await EventsAsync(server);
        Assert.Contains(events, e => e is { Action: "patient.read", Outcome: "succeeded", EntityType: "patient" } && e.EntityId == own.ToString() && e.UserId == samId);
        Assert.Contains(events, e => e is { Action: "patient.read", Outcome: "not-found" } && e.EntityId == others.ToString() && e.UserId == samId);
        Assert.All(events, e => Assert.True(e.UserAgent is null || e.UserAgent.Length <= AuditEvent.MaxUserAgentLength));
    }

    [Fact]
    public async Task ASupervisorOpeningAPatientPage_Gets404_AndTheDenialIsAudited()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);
        using var signedIn = await client.SignInAsync("helen.mayo@paincare.test", AppServer.DemoPassword);

        using var response = await client.GetAsync($"patients/{Guid.NewGuid()}/alliance/fhir.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var helenId = await UserIdAsync(server, "helen.mayo@paincare.test");
        Assert.Contains(await EventsAsync(server), e => e is { Action: "access.denied", Outcome: "denied", EntityType: "route" }
            && e.UserId == helenId && e.EntityId == "/patients/{patientId:guid}/alliance/fhir.json");
    }

    [Fact]
    public async Task TheAdminAuditPage_ListsAndExportsTheTrail_AndTheExportIsItselfAudited()
    {
        await using var server = await AppServer.StartAsync();
        var samId = await UserIdAsync(server, Sam);
        await using var db = server.Database.CreateContext();
        var patient = await db.Patients.Where(p => p.ClinicianId == samId).Select(p => new { p.Id, p.Identity.GivenName, p.Identity.FamilyName }).FirstAsync();
        using (var sam = new FormClient(server.BaseAddress))
        {
            using var signedIn = await sam.SignInAsync(Sam, AppServer.DemoPassword);
            using var read = await sam.GetAsync($"patients/{patient.Id}");
        }

        using var admin = new FormClient(server.BaseAddress);
        using var adminIn = await admin.SignInAsync("admin@paincare.test", AppServer.DemoPassword);
        using var page = await admin.GetAsync($"admin/audit?action=signin.succeeded&user={Uri.EscapeDataString(Sam)}");
        using var csv = await admin.GetAsync("admin/audit/export.csv?action=signin.succeeded");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"audit-row\""));
        Assert.Contains(Sam, html, StringComparison.Ordinal);
        using var reads = await admin.GetAsync("admin/audit?action=patient.read");
        var readsHtml = await reads.Content.ReadAsStringAsync();
        // Issue 14: in words, the reader by name and the patient by an audit-safe reference, not the id or the name.
        Assert.Contains("Opened the patient record", readsHtml, StringComparison.Ordinal);
        Assert.Matches("Patient P-[A-Z0-9]{8}", readsHtml);
        Assert.DoesNotContain(patient.Id.ToString(), readsHtml, StringComparison.Ordinal);
        Assert.Contains(await db.Users.Where(u => u.Email == Sam).Select(u => u.DisplayName).SingleAsync(), readsHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(patient.GivenName, readsHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(patient.FamilyName, readsHtml, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(samId, lines[2], StringComparison.Ordinal);
        Assert.Contains(await EventsAsync(server), e => e.Action == "audit.export" && e.UserId != null);
    }

    private static string Text(AuditEvent e) => string.Join('|', e.UserId, e.Action, e.EntityType, e.EntityId, e.Outcome, e.IpAddress);

    private static async Task<string> UserIdAsync(AppServer server, string email)
    {
        await using var db = server.Database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private static async Task<List<AuditEvent>> EventsAsync(AppServer server)
    {
        await using var db = server.Database.CreateContext();
        return await db.AuditEvents.AsNoTracking().ToListAsync();
    }
}
