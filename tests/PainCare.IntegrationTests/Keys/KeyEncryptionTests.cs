using System.Net;
using System.Runtime.Versioning;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authentication;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Keys;

/// <summary>Data-protection keys encrypted at rest with a certificate kept outside the database (ADR 0101, issue 18).</summary>
// The certificate file's permissions are Unix ones, like the machines PainCare runs on.
[UnsupportedOSPlatform("windows")]
public sealed class KeyEncryptionTests
{
    private const string Clinician = "sam.okafor@paincare.test";

    [Fact]
    public async Task KeysInTheDatabase_AreEncrypted_WithAPrivateCertificate_AndStartUpDoesNotWarn()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);
        using var signedIn = await client.SignInAsync(Clinician, AppServer.DemoPassword);

        var keys = await KeyRing.ReadAsync(server.Database);

        Assert.NotEmpty(keys);
        Assert.All(keys, AssertEncrypted);
        Assert.DoesNotContain("unencrypted", server.Output + server.ReadLogs(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AppServer.CertificatePath(server.Database)));
    }

    /// <summary>Issue 18: a copy or backup of the database used to be enough to forge a sign-in cookie with no password.</summary>
    [Fact]
    public async Task DatabaseCopyWithoutTheCertificate_CanNeitherReadNorForgeASignInCookie()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);
        using (var signedIn = await client.SignInAsync(Clinician, AppServer.DemoPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var cookie = client.Cookies.GetCookies(server.BaseAddress)["PainCare.Auth"]?.Value;
        Assert.False(string.IsNullOrEmpty(cookie) || cookie.StartsWith("chunks-", StringComparison.Ordinal), "Expected one unchunked sign-in cookie.");
        var keys = await KeyRing.ReadAsync(server.Database);
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(AppServer.CertificatePath(server.Database), null);
        await using var withCertificate = KeyRing.Provider(keys, certificate);
        await using var databaseOnly = KeyRing.Provider(keys, certificate: null);

        var ticket = KeyRing.CookieFormat(withCertificate).Unprotect(cookie);
        Assert.NotNull(ticket);
        Assert.Equal(Clinician, ticket.Principal.FindFirstValue(ClaimTypes.Email));
        Assert.Null(KeyRing.CookieFormat(databaseOnly).Unprotect(cookie));

        // Even handed the real ticket, the database alone mints no cookie the app accepts; with the certificate it does.
        var forged = TryProtect(KeyRing.CookieFormat(databaseOnly), ticket);
        if (forged is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, await CaseloadStatusAsync(server, forged));
        }

        Assert.Equal(HttpStatusCode.OK, await CaseloadStatusAsync(server, KeyRing.CookieFormat(withCertificate).Protect(ticket)));
    }

    [Fact]
    public async Task PlainTextKeyFromBeforeTheUpgrade_IsEncryptedInPlace_AndItsSignInSurvives()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);
        using (var signedIn = await client.SignInAsync(Clinician, AppServer.DemoPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        await server.KillAsync();
        using (var certificate = X509CertificateLoader.LoadPkcs12FromFile(AppServer.CertificatePath(server.Database), null))
        {
            await KeyRing.DecryptStoredKeysAsync(server.Database, certificate);
        }

        var plain = await KeyRing.ReadAsync(server.Database);
        Assert.All(plain, key => Assert.NotEmpty(key.Descendants("masterKey")));

        await server.RestartAsync();
        using var caseload = await client.GetAsync("caseload");

        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
        Assert.Contains("<h1>Caseload</h1>", await caseload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await KeyRing.ReadAsync(server.Database);
        Assert.Equal(plain.Select(Id), after.Select(Id));
        Assert.All(after, AssertEncrypted);
    }

    [Fact]
    public async Task KeysInAFolder_AreEncryptedToo()
    {
        var folder = Directory.CreateTempSubdirectory("paincare-key-folder-");
        try
        {
            await using var server = await AppServer.StartAsync(new Dictionary<string, string> { ["PainCare__DataProtectionKeysFolder"] = folder.FullName });
            using var client = new FormClient(server.BaseAddress);
            using var signedIn = await client.SignInAsync(Clinician, AppServer.DemoPassword);

            var files = folder.GetFiles("*.xml");
            Assert.NotEmpty(files);
            Assert.All(files, file => AssertEncrypted(XElement.Load(file.FullName)));
            Assert.Empty(await KeyRing.ReadAsync(server.Database));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AssertEncrypted(XElement key)
    {
        Assert.NotEmpty(key.Descendants(KeyRing.DataProtection + "encryptedSecret"));
        Assert.Empty(key.Descendants("masterKey"));
    }

    private static string Id(XElement key) => (string)key.Attribute("id")!;

    private static string? TryProtect(TicketDataFormat format, AuthenticationTicket ticket)
    {
        try
        {
            return format.Protect(ticket);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static async Task<HttpStatusCode> CaseloadStatusAsync(AppServer server, string cookie)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "caseload");
        request.Headers.Add("Cookie", $"PainCare.Auth={cookie}");
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
