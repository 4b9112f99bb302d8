using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using PainCare.Benchmarks.NarrativeBench;
using PainCare.Data;
using PainCare.Data.Providers;
using PainCare.Data.Seeding.Scale;
using PainCare.Domain.Narratives;
using PainCare.Web.Features.Search;
using PainCare.Web.Features.Sessions;

namespace PainCare.Benchmarks;

/// <summary>
/// <c>paincare bench narrative</c>: server time of opening a session page, saving a draft and searching one
/// clinician's ~5,000 notes in a 100,000-session clinic, through the EF services and as direct SQL.
/// </summary>
public sealed class NarrativeBenchmark : IBenchmark
{
    private static readonly string[] _terms = ["flinched", "sleep", "walking programme", "grandson", "hydrotherapy pool", "held breath", "scan", "return to work"];

    public string Name => "narrative";

    public string Summary => "Session page, draft save and search on a 2,000-patient, 100,000-session clinic, on SQLite and PostgreSQL (ConnectionStrings__PainCare).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (BenchOptions.Parse(args) is not { } options)
        {
            await stderr.WriteLineAsync(BenchOptions.Usage);
            return 2;
        }

        var postgreSql = DatabaseTarget.Settings() is { Provider: DatabaseProvider.PostgreSql } settings ? settings : null;
        if (options.Providers.Contains(DatabaseProvider.PostgreSql) && postgreSql is null)
        {
            await stderr.WriteLineAsync($"paincare bench narrative: set {DatabaseTarget.Variable} to a PostgreSQL benchmark database (created when missing), or pass --provider sqlite.");
            return 1;
        }

        var rows = new List<BenchRow>();
        BenchData? data = null;
        foreach (var provider in options.Providers)
        {
            var target = new BenchTarget(provider == DatabaseProvider.PostgreSql ? postgreSql! : SqliteSettings(options.SqlitePath));
            try
            {
                (var measured, data) = await MeasureAsync(target, options, stderr, cancellationToken);
                rows.AddRange(measured);
            }
            catch (ScaleSeedRefusedException)
            {
                await stderr.WriteLineAsync($"paincare bench narrative: the {target.Label} database already holds patients; pass --database-ready to measure it as it is.");
                return 1;
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or ArgumentException)
            {
                await stderr.WriteLineAsync($"paincare bench narrative ({target.Label}): {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
                return 1;
            }
        }

        await stdout.WriteAsync(BenchReport.Format(options, data!, rows, _terms));
        return 0;
    }

    private static DatabaseSettings SqliteSettings(string path) =>
        new(DatabaseProvider.Sqlite, new DbConnectionStringBuilder { ["Data Source"] = path }.ConnectionString);

    private static async Task<(IReadOnlyList<BenchRow> Rows, BenchData Data)> MeasureAsync(BenchTarget target, BenchOptions options, TextWriter stderr, CancellationToken cancellationToken)
    {
        await target.PrepareAsync(cancellationToken);
        var dbOptions = target.Options();
        if (!options.DatabaseReady)
        {
            var clock = Stopwatch.StartNew();
            var seeded = await BenchDatabase.SeedAsync(dbOptions, options, cancellationToken);
            await stderr.WriteLineAsync($"paincare bench narrative: seeded {seeded} on {target.Label} in {clock.Elapsed.TotalSeconds:F0} s");
        }

        var data = await BenchDatabase.ReadAsync(target, options, cancellationToken);
        var count = options.Iterations + BenchOptions.WarmUp;
        if (data.Drafts.Count < 2 * count)
        {
            throw new InvalidOperationException($"The database has {data.Drafts.Count} drafts outside the focus caseload; {2 * count} are needed. Lower --iterations.");
        }

        if (options.ShowSql)
        {
            await ShowSqlAsync(dbOptions, data, new DirectSql(target).Search, stderr, cancellationToken);
        }

        var factory = new PooledDbContextFactory<PainCareDbContext>(dbOptions);
        var narratives = new NarrativeService(factory, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var search = new NarrativeSearchService(factory, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var sql = new DirectSql(target);
        var focus = data.FocusClinicianId;
        var terms = Enumerable.Range(0, count).Select(i => _terms[i % _terms.Length]).ToList();
        var failures = 0;

        var page = await Latency.MeasurePairAsync(
            data.FocusSessions, BenchOptions.WarmUp, id => narratives.GetAsync(focus, id, cancellationToken), id => sql.OpenSessionPageAsync(focus, id, cancellationToken));
        var drafts = data.Drafts.Take(count).Zip(data.Drafts.Skip(count).Take(count)).ToList();
        var save = await Latency.MeasurePairAsync(
            drafts,
            BenchOptions.WarmUp,
            async d =>
            {
                var result = await narratives.SaveDraftAsync(d.First.ClinicianId, d.First.SessionId, Edited(d.First.Text), d.First.Revision, cancellationToken: cancellationToken);
                failures += result.Status == SaveStatus.Saved ? 0 : 1;
            },
            async d => failures += await sql.SaveDraftAsync(d.Second, Edited(d.Second.Text), cancellationToken) ? 0 : 1);
        var found = await Latency.MeasurePairAsync(
            terms, BenchOptions.WarmUp, t => search.SearchAsync(focus, t, cancellationToken: cancellationToken), t => sql.SearchAsync(focus, t, cancellationToken));
        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} draft saves did not write; the measurement is not valid.");
        }

        return (
            [
                new(target.Label, "open session page", "NarrativeService.GetAsync", 100, page.First, page.Second),
                new(target.Label, "save draft", "NarrativeService.SaveDraftAsync", 20, save.First, save.Second),
                new(target.Label, $"search {data.FocusNotes:N0} notes", "NarrativeSearchService.SearchAsync", 50, found.First, found.Second),
            ],
            data);
    }

    /// <summary>Toggles a closing word, so every save changes the text and writes a new version without the note growing run after run.</summary>
    private static string Edited(string text) =>
        text.EndsWith(" (reviewed)", StringComparison.Ordinal) ? text[..^" (reviewed)".Length] : text + " (reviewed)";

    private static async Task ShowSqlAsync(DbContextOptions<PainCareDbContext> dbOptions, BenchData data, string directSearch, TextWriter stderr, CancellationToken cancellationToken)
    {
        // Parameter values stay hidden (no sensitive-data logging): only the statements EF sends are shown.
        var logged = new DbContextOptionsBuilder<PainCareDbContext>(dbOptions)
            .LogTo(line => stderr.WriteLine(line), [RelationalEventId.CommandExecuted], LogLevel.Information)
            .Options;
        var factory = new PooledDbContextFactory<PainCareDbContext>(logged);
        await new NarrativeService(factory, TimeProvider.System, PainCare.Web.Features.Audit.NoAuditTrail.Instance).GetAsync(data.FocusClinicianId, data.FocusSessions[0], cancellationToken);
        await new NarrativeSearchService(factory, PainCare.Web.Features.Audit.NoAuditTrail.Instance).SearchAsync(data.FocusClinicianId, _terms[0], cancellationToken: cancellationToken);
        await stderr.WriteLineAsync("-- direct SQL for the search:");
        await stderr.WriteLineAsync(directSearch);
    }
}
