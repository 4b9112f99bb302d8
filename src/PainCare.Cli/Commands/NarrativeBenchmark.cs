using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Npgsql;
using PainCare.Cli.Commands.NarrativeBench;
using PainCare.Data;
using PainCare.Data.PostgreSql;
using PainCare.Data.Seeding.Scale;
using PainCare.Domain.Narratives;
using PainCare.Web.Features.Search;
using PainCare.Web.Features.Sessions;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare bench narrative</c>: server time of opening a session page, saving a draft and searching one
/// clinician's ~5,000 notes in a 100,000-session clinic, through the EF services and as direct SQL.
/// </summary>
public sealed class NarrativeBenchmark : IBenchmark
{
    private static readonly string[] _terms = ["flinched", "sleep", "walking programme", "grandson", "hydrotherapy pool", "held breath", "scan", "return to work"];

    public string Name => "narrative";

    public string Summary => "Session page, draft save and search on a 2,000-patient, 100,000-session clinic (ConnectionStrings__PainCare).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (BenchOptions.Parse(args) is not { } options)
        {
            await stderr.WriteLineAsync(BenchOptions.Usage);
            return 2;
        }

        if (DatabaseTarget.ConnectionString is not { } connectionString)
        {
            await stderr.WriteLineAsync($"paincare bench narrative: set {DatabaseTarget.Variable} to the benchmark database (created when missing).");
            return 1;
        }

        try
        {
            var report = await RunAsync(options, connectionString, stderr, cancellationToken);
            await stdout.WriteAsync(report);
            return 0;
        }
        catch (ScaleSeedRefusedException)
        {
            await stderr.WriteLineAsync("paincare bench narrative: the database already holds patients; pass --database-ready to measure it as it is.");
            return 1;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            await stderr.WriteLineAsync($"paincare bench narrative: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    private static async Task<string> RunAsync(BenchOptions options, string connectionString, TextWriter stderr, CancellationToken cancellationToken)
    {
        await BenchDatabase.EnsureExistsAsync(connectionString, cancellationToken);
        var dbOptions = DatabaseTarget.Options(connectionString);
        await using (var db = new PainCareDbContext(dbOptions))
        {
            await PainCareMigrator.MigrateAsync(db, cancellationToken);
        }

        if (!options.DatabaseReady)
        {
            var clock = Stopwatch.StartNew();
            var seeded = await BenchDatabase.SeedAsync(dbOptions, options, cancellationToken);
            await stderr.WriteLineAsync($"paincare bench narrative: seeded {seeded} in {clock.Elapsed.TotalSeconds:F0} s");
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var data = await BenchDatabase.ReadAsync(dataSource, options, cancellationToken);
        var count = options.Iterations + BenchOptions.WarmUp;
        if (data.Drafts.Count < 2 * count)
        {
            throw new InvalidOperationException($"The database has {data.Drafts.Count} drafts outside the focus caseload; {2 * count} are needed. Lower --iterations.");
        }

        if (options.ShowSql)
        {
            await ShowSqlAsync(dbOptions, data, stderr, cancellationToken);
        }

        var factory = new PooledDbContextFactory<PainCareDbContext>(dbOptions);
        var narratives = new NarrativeService(factory, TimeProvider.System);
        var search = new NarrativeSearchService(factory);
        var sql = new DirectSql(dataSource);
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
            terms, BenchOptions.WarmUp, t => search.SearchAsync(focus, t, cancellationToken), t => sql.SearchAsync(focus, t, cancellationToken));
        var rows = new List<BenchRow>
        {
            new("open session page", "NarrativeService.GetAsync", 100, page.First, page.Second),
            new("save draft", "NarrativeService.SaveDraftAsync", 20, save.First, save.Second),
            new($"search {data.FocusNotes:N0} notes", "NarrativeSearchService.SearchAsync", 50, found.First, found.Second),
        };

        if (failures > 0)
        {
            throw new InvalidOperationException($"{failures} draft saves did not write; the measurement is not valid.");
        }

        return BenchReport.Format(options, data, rows, _terms);
    }

    /// <summary>Toggles a closing word, so every save changes the text and writes a new version without the note growing run after run.</summary>
    private static string Edited(string text) =>
        text.EndsWith(" (reviewed)", StringComparison.Ordinal) ? text[..^" (reviewed)".Length] : text + " (reviewed)";

    private static async Task ShowSqlAsync(DbContextOptions<PainCareDbContext> dbOptions, BenchData data, TextWriter stderr, CancellationToken cancellationToken)
    {
        // Parameter values stay hidden (no sensitive-data logging): only the statements EF sends are shown.
        var logged = new DbContextOptionsBuilder<PainCareDbContext>(dbOptions)
            .LogTo(line => stderr.WriteLine(line), [RelationalEventId.CommandExecuted], LogLevel.Information)
            .Options;
        var factory = new PooledDbContextFactory<PainCareDbContext>(logged);
        await new NarrativeService(factory, TimeProvider.System).GetAsync(data.FocusClinicianId, data.FocusSessions[0], cancellationToken);
        await new NarrativeSearchService(factory).SearchAsync(data.FocusClinicianId, _terms[0], cancellationToken);
        await stderr.WriteLineAsync("-- direct SQL for the search:");
        await stderr.WriteLineAsync(DirectSql.Search);
    }
}
