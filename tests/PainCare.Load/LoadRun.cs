using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Npgsql;
using PainCare.Data;
using PainCare.Data.Identity;
using PainCare.Data.Seeding.Scale;
using PainCare.Testing;

namespace PainCare.Load;

/// <summary>
/// One measured run: a seeded clinic network in its own database, the real app as its own process, a warm-up, then
/// circuits added step by step (or held for a soak), and finally every clinician idle to weigh an idle circuit.
/// </summary>
public sealed class LoadRun(LoadOptions options, TextWriter output)
{
    private static readonly TimeSpan _settle = TimeSpan.FromSeconds(10);

    public async Task<int> RunAsync()
    {
        await using var database = await TestDatabase.CreateAsync(provider: DatabaseProvider.PostgreSql); // the COPY seeder of a clinic network (ADR 0050)
        var (emails, password) = await SeedAsync(database);
        await using var server = await AppServer.StartOnAsync(database, new Dictionary<string, string>
        {
            // Pooled, as in production (the test databases turn pooling off so they can be dropped at once).
            ["ConnectionStrings__PainCare"] = new NpgsqlConnectionStringBuilder(database.AppConnectionString) { Pooling = true }.ConnectionString,
            ["Demo__Seed"] = "false",
            ["PainCare__RequireTwoFactor"] = "false",
        });
        var gauge = new ServerGauge(server.ProcessId, TestDatabase.AdminConnection, database.Name);
        var log = new ActionLog();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PAINCARE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--renderer-process-limit=8", "--disable-renderer-backgrounding", "--disable-background-timer-throttling"],
        });
        var think = TimeSpan.FromSeconds(options.ThinkSeconds);
        var fleet = new LoadFleet(browser, server.BaseAddress, emails.Take(options.MaxCircuits).ToList(), password, log, think);
        var idleFleet = new LoadFleet(browser, server.BaseAddress, emails.Skip(options.MaxCircuits).ToList(), password, log, think);

        var warmUp = Math.Min(3, options.Steps[0]);
        await Status($"warming up with {warmUp} clinicians for 30 s");
        await fleet.GrowToAsync(warmUp, options.SignInsPerSecond);
        await Task.Delay(TimeSpan.FromSeconds(30));
        await fleet.StopAsync();
        // The warm-up clinicians end on static pages or idle; their circuits close after Blazor's inactivity timeout.
        await Task.Delay(_settle);
        var baseline = await SampleAsync(server, gauge);
        fleet.Resume();
        if (options.IdleCircuits > 0)
        {
            await Status($"parking {options.IdleCircuits} idle clinicians on their draft sessions");
            await idleFleet.GrowToAsync(options.IdleCircuits, options.SignInsPerSecond, act: false);
        }

        output.WriteLine($"\n## Circuit load: {options.ThinkSeconds} s between actions per clinician, {options.StepSeconds} s measured per step, " +
            $"{options.IdleCircuits} more clinicians idle on live circuits throughout\n");
        LoadReport.StepHeader(output);
        foreach (var step in options.Steps)
        {
            await Status($"growing to {step} clinicians");
            await fleet.GrowToAsync(step, options.SignInsPerSecond);
            await Task.Delay(_settle);
            var cpu = gauge.Cpu();
            var from = DateTime.UtcNow;
            await Task.Delay(TimeSpan.FromSeconds(options.StepSeconds));
            var to = DateTime.UtcNow;
            var stats = log.Window(from, to);
            LoadReport.Step(output, step, idleFleet.Count, stats, ServerTimings.PageP95(server.ReadLogs(), from, to), gauge.Cpu().Since(cpu), gauge.AppResidentBytes(), await gauge.OpenConnectionsAsync());
            await Status("server p95 by route: " + ServerTimings.P95ByRoute(server.ReadLogs(), from, to));
            if (options.StopAtKnee && stats.P95 > LoadOptions.KneeP95Ms)
            {
                output.WriteLine($"\nKnee: p95 crossed {LoadOptions.KneeP95Ms} ms at {step} circuits; stopping the steps here.");
                break;
            }
        }

        if (options.SoakMinutes > 0)
        {
            await SoakAsync(server, gauge, log, fleet.Count, idleFleet.Count);
        }

        await Status($"parking {fleet.Count} clinicians on their draft sessions");
        await fleet.ParkAsync();
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
        LoadReport.Memory(output, fleet.Count + idleFleet.Count, baseline, await SampleAsync(server, gauge));
        output.WriteLine($"\nSign-in retries: {fleet.SignInFailures}.");
        await browser.CloseAsync();
        return 0;
    }

    private async Task SoakAsync(AppServer server, ServerGauge gauge, ActionLog log, int acting, int idle)
    {
        var circuits = acting + idle;
        output.WriteLine($"\n## Soak: {circuits} circuits ({acting} acting, {idle} idle) for {options.SoakMinutes} minutes\n");
        LoadReport.SoakHeader(output);
        for (var minute = 1; minute <= options.SoakMinutes; minute++)
        {
            var from = DateTime.UtcNow;
            await Task.Delay(TimeSpan.FromMinutes(1));
            var sample = await SampleAsync(server, gauge);
            LoadReport.SoakSample(output, minute, circuits, log.Window(from, DateTime.UtcNow), sample.HeapBytes, sample.RssBytes, sample.Connections);
        }
    }

    private static async Task<MemorySample> SampleAsync(AppServer server, ServerGauge gauge) =>
        new(await HeapProbe.LiveHeapBytesAsync(server.ProcessId, TimeSpan.FromSeconds(30)), gauge.AppResidentBytes(), await gauge.OpenConnectionsAsync());

    private async Task<(IReadOnlyList<string> Emails, string Password)> SeedAsync(TestDatabase database)
    {
        await Status($"seeding a clinic network at scale {options.Scale}");
        await using var db = database.CreateContext();
        var result = await ScaleClinicSeeder.SeedAsync(db, new ScaleSeedOptions(ScaleShape.ForScale(options.Scale), 1, DateOnly.FromDateTime(DateTime.UtcNow)));
        var clinicianRole = await db.Roles.Where(r => r.Name == Roles.Clinician).Select(r => r.Id).SingleAsync();
        var emails = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == clinicianRole) && db.Patients.Any(p => p.ClinicianId == u.Id))
            .OrderBy(u => u.Email)
            .Select(u => u.Email!)
            .ToListAsync();
        return (emails, result.SharedPassword);
    }

    private static Task Status(string message) => Console.Error.WriteLineAsync($"paincare load: {message}");
}
