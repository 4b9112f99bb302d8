using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PainCare.Benchmarks.NarrativeBench;
using PainCare.Data;
using PainCare.Data.Providers;
using PainCare.Domain.Alliance;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Caseload;

namespace PainCare.Benchmarks;

/// <summary>
/// <c>paincare bench alliance</c>: server time and query count of the caseload (150 active patients, 40 rated sessions
/// each, every flag computed) and of a trend view over 200 sessions, on an empty database it fills itself.
/// </summary>
public sealed class AllianceBenchmark : IBenchmark
{
    private const int Iterations = 200;
    private const int WarmUp = 20;

    public string Name => "alliance";

    public string Summary => "Caseload (150 patients x 40 rated sessions) and a 200-session trend, on SQLite and PostgreSQL (ConnectionStrings__PainCare, empty).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var providers = args is ["--provider", var named] ? BenchOptions.ProvidersNamed(named) : args.Count == 0 ? BenchOptions.ProvidersNamed("both") : null;
        if (providers is null)
        {
            await stderr.WriteLineAsync("usage: paincare bench alliance [--provider sqlite|postgresql|both]");
            return 2;
        }

        var postgreSql = DatabaseTarget.Settings() is { Provider: DatabaseProvider.PostgreSql } settings ? settings : null;
        if (providers.Contains(DatabaseProvider.PostgreSql) && postgreSql is null)
        {
            await stderr.WriteLineAsync($"paincare bench alliance: set {DatabaseTarget.Variable} to an empty PostgreSQL benchmark database (created when missing), or pass --provider sqlite.");
            return 1;
        }

        var c = CultureInfo.InvariantCulture;
        await stdout.WriteLineAsync(string.Create(c, $"alliance benchmark: {Iterations} timed iterations per page after {WarmUp} warm-up, EF and SQL alternating; milliseconds, server side"));
        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync(string.Create(c, $"{"engine",-11} {"page",-34} {"EF p50",8} {"EF p95",8} {"SQL p50",8} {"SQL p95",8} {"EF/SQL p50",11} {"target p95",11} {"queries",8}  result"));
        foreach (var provider in providers)
        {
            var target = new BenchTarget(provider == DatabaseProvider.PostgreSql ? postgreSql! : Sqlite());
            try
            {
                foreach (var row in await MeasureAsync(target, cancellationToken))
                {
                    await stdout.WriteLineAsync(string.Create(
                        c,
                        $"{target.Label,-11} {row.Page,-34} {row.Ef.P50,8:F2} {row.Ef.P95,8:F2} {row.Sql.P50,8:F2} {row.Sql.P95,8:F2} {row.Ef.P50 / row.Sql.P50,11:F2} {"≤ " + row.Target.ToString(c),11} {row.Queries,8}  {(row.Ef.P95 <= row.Target ? "met" : "MISSED")}"));
                }
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException)
            {
                await stderr.WriteLineAsync($"paincare bench alliance ({target.Label}): {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
                return 1;
            }
        }

        return 0;
    }

    /// <summary>A SQLite file of its own in the temporary folder, filled on first use like the PostgreSQL database.</summary>
    private static DatabaseSettings Sqlite() =>
        new(DatabaseProvider.Sqlite, new DbConnectionStringBuilder { ["Data Source"] = Path.Combine(Path.GetTempPath(), "paincare-bench-alliance.db") }.ConnectionString);

    private static async Task<IReadOnlyList<AllianceRow>> MeasureAsync(BenchTarget target, CancellationToken cancellationToken)
    {
        await target.PrepareAsync(cancellationToken);
        var counter = new QueryCounter();
        var options = target.Options(counter);
        var (clinicianId, trendPatient) = await AllianceBenchData.EnsureAsync(options, cancellationToken);

        var factory = new PooledDbContextFactory<PainCareDbContext>(options);
        var analyser = new AllianceAnalyser(InstrumentCatalogue.LoadDefaults(), "wai-sr-patient");
        var caseload = new CaseloadService(factory, analyser, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var trend = new AllianceTrendService(factory, analyser, PainCare.Web.Features.Audit.NoAuditTrail.Instance);
        var sql = new AllianceDirectSql(target, analyser);

        var entries = await caseload.GetCaseloadAsync(clinicianId, cancellationToken);
        var direct = await sql.CaseloadAsync(clinicianId, cancellationToken);
        if (direct != (entries.Count, entries.Count(e => e.NeedsAttention)))
        {
            throw new InvalidOperationException("The direct-SQL caseload disagrees with the service's; the comparison is not valid.");
        }

        var model = (await trend.GetAsync(clinicianId, trendPatient, cancellationToken))!;
        var caseloadQueries = await CountAsync(counter, () => caseload.GetCaseloadAsync(clinicianId, cancellationToken));
        var trendQueries = await CountAsync(counter, () => trend.GetAsync(clinicianId, trendPatient, cancellationToken));
        var inputs = Enumerable.Range(0, Iterations + WarmUp).ToList();
        var caseloadTimes = await Latency.MeasurePairAsync(inputs, WarmUp, _ => caseload.GetCaseloadAsync(clinicianId, cancellationToken), _ => sql.CaseloadAsync(clinicianId, cancellationToken));
        var trendTimes = await Latency.MeasurePairAsync(inputs, WarmUp, _ => trend.GetAsync(clinicianId, trendPatient, cancellationToken), _ => sql.TrendAsync(clinicianId, trendPatient, cancellationToken));
        var sessions = entries.Sum(e => e.SessionCount);
        return
        [
            new($"caseload: {entries.Count} patients, {sessions:N0} sessions", 150, caseloadQueries, caseloadTimes.First, caseloadTimes.Second),
            new($"trend: {model.Points.Count} sessions, {model.Flags.Count} flags", 100, trendQueries, trendTimes.First, trendTimes.Second),
        ];
    }

    private static async Task<int> CountAsync<T>(QueryCounter counter, Func<Task<T>> page)
    {
        counter.Reset();
        await page();
        return counter.Count;
    }

    private sealed record AllianceRow(string Page, double Target, int Queries, Latency Ef, Latency Sql);

    /// <summary>Counts the commands EF sends, to show each page is a fixed number of queries, not one per row.</summary>
    private sealed class QueryCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => _count = 0;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
