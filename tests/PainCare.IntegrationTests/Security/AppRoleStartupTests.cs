using PainCare.Data;
using System.Diagnostics;
using System.Net;
using Npgsql;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Security;

/// <summary>
/// The start-up side of ADR 0120: the running app, connected as a role that owns nothing, records and reads the audit
/// trail, and takes back privileges granted by hand; an app whose role could erase the trail does not start.
/// </summary>
[Trait(TestEngine.Trait, "PostgreSql")]
public sealed class AppRoleStartupTests(AppRoleStartupTests.Clinic clinic) : IClassFixture<AppRoleStartupTests.Clinic>
{
    private readonly AppServer _server = clinic.Server;

    [Fact]
    public async Task TheAppConnectedAsARoleThatOwnsNothing_RecordsAndShowsTheAuditTrail()
    {
        using var admin = new FormClient(_server.BaseAddress);
        using var signedIn = await admin.SignInAsync("admin@paincare.test", AppServer.DemoPassword);

        using var page = await admin.GetAsync("admin/audit?action=signin.succeeded");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("class=\"audit-row\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(TestDatabase.AppRole, await ScalarAsync<string>("SELECT tableowner::text FROM pg_tables WHERE tablename = 'AuditEvents'"));
        Assert.True(await ScalarAsync<bool>($"SELECT has_table_privilege('{TestDatabase.AppRole}', '\"AuditEvents\"', 'INSERT, SELECT')"));
    }

    [Fact]
    public async Task PrivilegesGrantedToTheAppByHand_AreTakenBackAtTheNextStart()
    {
        await ScalarAsync<int>($"GRANT UPDATE, DELETE, TRUNCATE, TRIGGER ON \"AuditEvents\" TO {TestDatabase.AppRole}; SELECT 1");

        await _server.RestartAsync();

        Assert.False(await ScalarAsync<bool>($"SELECT has_table_privilege('{TestDatabase.AppRole}', '\"AuditEvents\"', 'UPDATE, DELETE, TRUNCATE, TRIGGER')"));
    }

    [Fact]
    public async Task AnAppRoleThatOwnsTheAuditTrail_IsRefusedAtStartUp_InOneClearLine()
    {
        // The single-role set-up from before ADR 0120: the app connects as the tables' owner and has no owner connection.
        var (exitCode, output) = await StartAppAsync(_server.Database.ConnectionString);

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("could erase the audit trail", StringComparison.Ordinal));
        Assert.Contains("OwnsTheAuditTrail", line, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__PainCareOwner", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenOnlyItsOwnConnection_TheAppStopsWhenMigrationsArePending_AndChangesNoSchema()
    {
        await using var empty = await TestDatabase.CreateAsync(migrate: false, DatabaseProvider.PostgreSql);

        var (exitCode, output) = await StartAppAsync(empty.AppConnectionString);

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("needs migrating", StringComparison.Ordinal));
        Assert.Contains("ConnectionStrings__PainCareOwner", line, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(empty.ConnectionString);
        await connection.OpenAsync();
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        Assert.Equal(0L, (long)(await tables.ExecuteScalarAsync())!);
    }

    private async Task<(int ExitCode, string Output)> StartAppAsync(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.WebProjectDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryPaths.WebAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment.Remove("ConnectionStrings__PainCareOwner");
        start.Environment["ConnectionStrings__PainCare"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["PainCare__LogFolder"] = _server.LogFolder;
        start.Environment["PainCare__DataProtectionCertificate"] = AppServer.CertificatePath(_server.Database);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // It started when it should not have.
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only fixed statements and the tests' constant role name reach the SQL.")]
    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public sealed class Clinic : IAsyncLifetime
    {
        public AppServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await AppServer.StartAsync(provider: DatabaseProvider.PostgreSql);

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
