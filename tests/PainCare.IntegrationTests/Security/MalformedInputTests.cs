using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Security;

/// <summary>
/// Requests a browser would never send: each answers 400 with a short page (or, for an out-of-range page number, the
/// last page), never a 500 with a stack trace in the log, and nothing the attacker wrote starts a line of the log.
/// </summary>
public sealed class MalformedInputTests(MalformedInputTests.Clinic clinic) : IClassFixture<MalformedInputTests.Clinic>
{
    private readonly AppServer _server = clinic.Server;
    private readonly int _logMark = clinic.Server.ReadLogs().Length;

    [Theory]
    [InlineData("account/sign-in?Ended=abc")]
    [InlineData("account/sign-in?Ended=99999999999999999999")]
    public async Task AnonymousPage_WithAnUnreadableQueryValue_Answers400WithAClearPage(string path)
    {
        using var anonymous = new FormClient(_server.BaseAddress);

        using var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("could not be read", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertNoErrorsLogged();
    }

    [Theory]
    [InlineData("admin/audit?from=notadate")]
    [InlineData("admin/audit?to=2026-02-31")]
    [InlineData("admin/audit?page=abc")]
    public async Task AuditPage_WithAnUnreadableFilter_Answers400(string path)
    {
        using var admin = await SignedInAsync("admin@paincare.test");

        using var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNoErrorsLogged();
    }

    [Fact]
    public async Task AuditPage_WithAHugePageNumber_AnswersAnEmptyPage()
    {
        using var admin = await SignedInAsync("admin@paincare.test");

        using var response = await admin.GetAsync("admin/audit?page=2147483647");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoErrorsLogged();
    }

    [Fact]
    public async Task NoteHistory_WithAnUnreadableVersionNumber_Answers400()
    {
        Guid sessionId;
        await using (var db = _server.Database.CreateContext())
        {
            sessionId = await db.Sessions.Where(s => s.ClinicianId == db.Users.Single(u => u.Email == "sam.okafor@paincare.test").Id && s.Note != null)
                .Select(s => s.Id).FirstAsync();
        }

        using var clinician = await SignedInAsync("sam.okafor@paincare.test");

        using var response = await clinician.GetAsync($"sessions/{sessionId}/history?from=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNoErrorsLogged();
    }

    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=\"\"")]
    [InlineData("multipart/form-data; boundary=zzz")]
    [InlineData("multipart/form-data; boundary=yyy")]
    public async Task MultipartPost_WithABrokenBoundary_Answers400(string contentType)
    {
        using var http = new HttpClient { BaseAddress = _server.BaseAddress };
        using var content = new StringContent("--zzz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--yy");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await http.PostAsync("account/sign-in", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNoErrorsLogged();
    }

    [Fact]
    public async Task QueryValues_NeverStartALineOfTheLog()
    {
        using var anonymous = new FormClient(_server.BaseAddress);

        using var response = await anonymous.GetAsync("account/sign-in?Ended=x%0A2026-01-01%2000%3A00%3A00.000%20%2B00%3A00%20%5BINF%5D%20FORGED-LINE%0D%0AFORGED-CR");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var lines = _server.ReadLogs().Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("2026-01-01", StringComparison.Ordinal) || l.StartsWith("FORGED", StringComparison.Ordinal));
    }

    private async Task<FormClient> SignedInAsync(string email)
    {
        var client = new FormClient(_server.BaseAddress);
        using var response = await client.SignInAsync(email, AppServer.DemoPassword);
        return client;
    }

    private void AssertNoErrorsLogged()
    {
        var errors = _server.ReadLogs()[_logMark..].Split('\n')
            .Where(l => l.Contains("[ERR]", StringComparison.Ordinal) || l.Contains("[FTL]", StringComparison.Ordinal)).Take(3).ToList();
        Assert.True(errors.Count == 0, "Errors in the log:\n" + string.Join("\n", errors));
    }

    public sealed class Clinic : IAsyncLifetime
    {
        public AppServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await AppServer.StartAsync();

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
