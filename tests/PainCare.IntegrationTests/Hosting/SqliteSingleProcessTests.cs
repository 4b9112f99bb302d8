using System.Diagnostics;
using PainCare.Data;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Hosting;

/// <summary>SQLite serves one app process (ADR 0130): a second one on the same file is refused at start-up.</summary>
[Trait(TestEngine.Trait, "Sqlite")]
public sealed class SqliteSingleProcessTests
{
    [Fact]
    public async Task SecondAppProcess_OnTheSameSqliteFile_IsRefusedWithOneClearLine()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.Sqlite);
        await using var first = await AppServer.StartOnAsync(database);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.WebProjectDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryPaths.WebAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ConnectionStrings__PainCare"] = database.ConnectionString;
        start.Environment["PainCare__LogFolder"] = Directory.CreateTempSubdirectory("paincare-logs-").FullName;
        start.Environment["PainCare__DataProtectionCertificate"] = AppServer.CertificatePath(database);

        using var second = Process.Start(start)!;
        var output = await second.StandardOutput.ReadToEndAsync() + await second.StandardError.ReadToEndAsync();
        await second.WaitForExitAsync();

        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("another PainCare process is already using this SQLite database file", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = first.BaseAddress };
        Assert.True((await client.GetAsync("/account/sign-in")).IsSuccessStatusCode, "The first process should still serve.");
    }
}
