using System.Globalization;
using System.Text;

namespace PainCare.Benchmarks.NarrativeBench;

/// <summary>One measured operation on one engine: through the EF service and as direct SQL, with its p95 target for the EF path.</summary>
internal sealed record BenchRow(string Engine, string Operation, string Service, double TargetP95, Latency Ef, Latency Sql);

/// <summary>The benchmark's plain-text report.</summary>
internal static class BenchReport
{
    public static string Format(BenchOptions options, BenchData data, IReadOnlyList<BenchRow> rows, IReadOnlyList<string> terms)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"narrative benchmark: {options.Patients:N0} patients, {options.Sessions:N0} sessions, {data.Notes:N0} notes; search target: one clinician with {data.FocusNotes:N0} notes");
        text.AppendLine(culture, $"{options.Iterations} timed iterations per operation after {BenchOptions.WarmUp} warm-up, EF and SQL alternating; milliseconds, server side (no browser, no SignalR)");
        text.AppendLine(culture, $"search terms (in turn): {string.Join(", ", terms.Select(t => $"\"{t}\""))}");
        text.AppendLine();
        text.AppendLine(culture, $"{"engine",-11} {"operation",-22} {"EF p50",8} {"EF p95",8} {"SQL p50",8} {"SQL p95",8} {"EF/SQL p50",11} {"target p95",11}  result");
        foreach (var row in rows)
        {
            var met = row.Ef.P95 <= row.TargetP95 ? "met" : "MISSED";
            text.AppendLine(
                culture,
                $"{row.Engine,-11} {row.Operation,-22} {row.Ef.P50,8:F2} {row.Ef.P95,8:F2} {row.Sql.P50,8:F2} {row.Sql.P95,8:F2} {row.Ef.P50 / row.Sql.P50,11:F2} {"≤ " + row.TargetP95.ToString(culture),11}  {met} ({row.Service})");
        }

        return text.ToString();
    }
}
