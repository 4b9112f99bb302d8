using System.Diagnostics;
using System.Net;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task UnreachableDatabase_StopsStartupWithOneClearLine()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.WebProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(RepositoryPaths.WebAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        // Port 9 (discard) on loopback: nothing listens there.
        start.Environment["ConnectionStrings__PainCare"] = "Host=127.0.0.1;Port=9;Database=none;Username=none;Password=secret-value;Timeout=3";
        start.Environment["PainCare__LogFolder"] = Directory.CreateTempSubdirectory("paincare-logs-").FullName;
        start.Environment["PainCare__DataProtectionCertificate"] = TemporaryCertificatePath();

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("Cannot use the PostgreSQL database", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidKnownProxy_StopsStartupWithOneClearLine()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.WebProjectDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryPaths.WebAssembly);
        start.Environment["ConnectionStrings__PainCare"] = "Host=127.0.0.1;Port=9;Database=none;Username=none;Password=none;Timeout=3";
        start.Environment["PainCare__KnownProxies"] = "127.0.0.1, proxy.internal";
        start.Environment["PainCare__LogFolder"] = Directory.CreateTempSubdirectory("paincare-logs-").FullName;
        start.Environment["PainCare__DataProtectionCertificate"] = TemporaryCertificatePath();

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("PainCare:KnownProxies: 'proxy.internal' is neither an IP address", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidInstrumentFile_StopsStartup_NamingTheFileAndField()
    {
        var folder = Directory.CreateTempSubdirectory("paincare-instruments-").FullName;
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "src", "PainCare.Domain", "Alliance", "Instruments", "peg-3.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "clinic-peg.json"), shipped.Replace("\"mean\"", "\"median\"", StringComparison.Ordinal));
        await using var database = await TestDatabase.CreateAsync();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.WebProjectDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryPaths.WebAssembly);
        start.Environment["ConnectionStrings__PainCare"] = database.ConnectionString;
        start.Environment["PainCare__InstrumentsFolder"] = folder;
        start.Environment["PainCare__LogFolder"] = Directory.CreateTempSubdirectory("paincare-logs-").FullName;
        start.Environment["PainCare__DataProtectionCertificate"] = TemporaryCertificatePath();

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("clinic-peg.json: scoring:", output, StringComparison.Ordinal);
        Assert.Contains("median", output, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task UnknownUrl_ShowsAFriendlyNotFoundPage()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);

        using var response = await client.GetAsync("no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn()
    {
        await using var server = await AppServer.StartAsync();
        using var client = new FormClient(server.BaseAddress);

        using var response = await client.GetAsync("caseload");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>Start-up makes the key-encryption certificate (ADR 0101): never in the machine's real state folder.</summary>
    private static string TemporaryCertificatePath() =>
        Path.Combine(Directory.CreateTempSubdirectory("paincare-keys-").FullName, "data-protection.pfx");
}
