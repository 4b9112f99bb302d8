using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Hosting;

[Trait(TestEngine.Trait, TestEngine.Independent)]
public sealed class SecurityHeaderTests(SecurityHeaderTests.ServerFixture fixture) : IClassFixture<SecurityHeaderTests.ServerFixture>
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task SignInPage_CarriesEverySecurityHeader_AndIsNotStored()
    {
        using var client = new FormClient(fixture.Server.BaseAddress);

        using var response = await client.GetAsync("account/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
        AssertNotStored(response);
    }

    [Fact]
    public async Task StaticAsset_CarriesEverySecurityHeader()
    {
        using var client = new FormClient(fixture.Server.BaseAddress);

        using var response = await client.GetAsync("app.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task AuthenticatedPage_CarriesEverySecurityHeader_AndIsNeverStored()
    {
        using var client = new FormClient(fixture.Server.BaseAddress);
        using var signIn = await client.SignInAsync(Clinician, AppServer.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var response = await client.GetAsync("caseload");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Caseload</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSecurityHeaders(response);
        AssertNotStored(response);
    }

    [Fact]
    public async Task Exports_AreNeverStored()
    {
        Guid patientId;
        await using (var db = fixture.Server.Database.CreateContext())
        {
            patientId = await db.Patients.Where(p => p.Identity.GivenName == "Leonie").Select(p => p.Id).SingleAsync();
        }

        using var clinician = new FormClient(fixture.Server.BaseAddress);
        await clinician.SignInAsync(Clinician, AppServer.DemoPassword);
        using var admin = new FormClient(fixture.Server.BaseAddress);
        await admin.SignInAsync("admin@paincare.test", AppServer.DemoPassword);

        foreach (var (client, path) in new[] { (clinician, $"patients/{patientId}/alliance/ratings.csv"), (clinician, $"patients/{patientId}/alliance/fhir.json"), (admin, "admin/audit/export.csv") })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} may be stored: Cache-Control {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task OversizedPost_IsRefusedWith413()
    {
        using var client = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        var body = "Input.Email=" + new string('a', 2 * 1024 * 1024);

        using var response = await client.PostAsync("account/sign-in", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task SmallPostWithMoreFieldsThanTheFormAllows_IsRefusedWith413()
    {
        using var client = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        // About 12 KB, far under the body limit, but over the form reader's 1,024 fields.
        var body = string.Join('&', Enumerable.Range(0, 2_000).Select(i => $"f{i}=1"));

        using var response = await client.PostAsync("account/sign-in", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The request is too large.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LongestAllowedNarrative_InThreeByteCharacters_IsStillSaved()
    {
        using var client = new FormClient(fixture.Server.BaseAddress);
        using var signIn = await client.SignInAsync(Clinician, AppServer.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var created = await client.SubmitAsync("patients/new", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Limit",
            ["Input.FamilyName"] = "Probe",
            ["Input.DateOfBirth"] = "1980-01-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        // Each '痛' is 3 bytes of UTF-8 and 9 once form-encoded: about 900 KB, the worst case the body limit must admit.
        var narrative = new string('痛', 100_000);

        using var session = await client.SubmitAsync($"{created.Headers.Location!.ToString().TrimStart('/')}/sessions/new", new Dictionary<string, string>
        {
            ["Input.Date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.StartTime"] = "09:00",
            ["Input.DurationMinutes"] = "45",
            ["Input.Attendance"] = "Attended",
            ["Input.Narrative"] = narrative,
        });

        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        await using var db = fixture.Server.Database.CreateContext();
        Assert.True(await db.NarrativeNotes.AnyAsync(n => n.Text == narrative));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.DoesNotContain("unsafe-inline", string.Join(' ', directives["script-src"]), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", string.Join(' ', directives["script-src"]), StringComparison.Ordinal);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.Equal(["'self'"], directives["form-action"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'self'", "data:"], directives["img-src"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()" })
        {
            Assert.Contains(feature, permissions, StringComparison.Ordinal);
        }
    }

    private static void AssertNotStored(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl is { NoStore: true }, $"Cache-Control was '{response.Headers.CacheControl}'");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException($"The response has no {name} header.");

    /// <summary>One app server for these tests; none of them changes data another reads.</summary>
    public sealed class ServerFixture : IAsyncLifetime
    {
        public AppServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await AppServer.StartAsync();

        public async Task DisposeAsync()
        {
            if (Server is not null)
            {
                await Server.DisposeAsync();
            }
        }
    }
}
