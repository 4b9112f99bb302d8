using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PainCare.Cli.Commands.NarrativeBench;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Web.Features.Alliance;
using PainCare.Web.Features.Caseload;

namespace PainCare.Cli.Commands;

/// <summary>
/// <c>paincare bench alliance</c>: server time and query count of the caseload (150 active patients, 40 rated sessions
/// each, every flag computed) and of a trend view over 200 sessions, on an empty database it fills itself.
/// </summary>
public sealed class AllianceBenchmark : IBenchmark
{
    private const int Iterations = 200;
    private const int WarmUp = 20;

    public string Name => "alliance";

    public string Summary => "Caseload (150 patients x 40 rated sessions) and a 200-session trend (ConnectionStrings__PainCare, empty).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (DatabaseTarget.ConnectionString is not { } connectionString)
        {
            await stderr.WriteLineAsync($"paincare bench alliance: set {DatabaseTarget.Variable} to an empty benchmark database (created when missing).");
            return 1;
        }

        await BenchDatabase.EnsureExistsAsync(connectionString, cancellationToken);
        var counter = new QueryCounter();
        var options = new DbContextOptionsBuilder<PainCareDbContext>(DatabaseTarget.Options(connectionString)).AddInterceptors(counter).Options;
        var (clinicianId, trendPatient) = await AllianceBenchData.EnsureAsync(options, cancellationToken);

        var factory = new PooledDbContextFactory<PainCareDbContext>(options);
        var analyser = new AllianceAnalyser(InstrumentCatalogue.LoadDefaults(), "wai-sr-patient");
        var caseload = new CaseloadService(factory, analyser);
        var trend = new AllianceTrendService(factory, analyser);

        var (caseloadTimes, caseloadQueries, entries) = await MeasureAsync(counter, () => caseload.GetCaseloadAsync(clinicianId, cancellationToken));
        var (trendTimes, trendQueries, model) = await MeasureAsync(counter, () => trend.GetAsync(clinicianId, trendPatient, cancellationToken));

        var c = CultureInfo.InvariantCulture;
        await stdout.WriteLineAsync(string.Create(c, $"caseload: {entries.Count} patients, {entries.Sum(e => e.SessionCount)} sessions, {entries.Count(e => e.NeedsAttention)} needing attention; p50 {caseloadTimes.P50:F1} ms, p95 {caseloadTimes.P95:F1} ms (target 150), {caseloadQueries} queries"));
        await stdout.WriteLineAsync(string.Create(c, $"trend: {model!.Points.Count} sessions, {model.Flags.Count} flags; p50 {trendTimes.P50:F1} ms, p95 {trendTimes.P95:F1} ms (target 100), {trendQueries} queries"));
        return 0;
    }

    private static async Task<(Latency Times, int Queries, T Result)> MeasureAsync<T>(QueryCounter counter, Func<Task<T>> page)
    {
        var result = await page();
        counter.Reset();
        await page();
        var queries = counter.Count;
        var (times, _) = await Latency.MeasurePairAsync(Enumerable.Range(0, Iterations + WarmUp).ToList(), WarmUp, _ => page(), _ => Task.CompletedTask);
        return (times, queries, result);
    }

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
